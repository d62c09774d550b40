package dev.kam.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kam.e2e.malformed.Answer;
import dev.kam.e2e.malformed.ApiDocument;
import dev.kam.e2e.malformed.ApiOperation;
import dev.kam.e2e.malformed.BadRequest;
import dev.kam.e2e.malformed.BadRequests;
import dev.kam.e2e.malformed.DatabaseFingerprint;
import dev.kam.e2e.malformed.Sweep;
import dev.kam.e2e.malformed.SweepReport;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * Sends more than 10,000 malformed requests, generated from the gateway's merged OpenAPI document,
 * to every operation of every service (so new operations are covered as they are added), through
 * the gateway with real tokens of a user allowed to do the operation, after seeding through the API
 * what the paths name. Then: no answer is a 5xx, every 4xx is problem+json, a 400/422 about one field
 * names it, nothing that breaks the contract is accepted, and no database changed.
 * The full report goes to target/malformed-input-report.txt.
 */
class MalformedInputSweepIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int CONCURRENCY = 6;
    private static final int MINIMUM_REQUESTS = 10_000;
    private static final Pattern TEMPLATE_VARIABLE = Pattern.compile("\\{([^}]+)}");
    private static final List<String> DATABASES = List.of("kam_account", "kam_contact", "kam_incentive");
    /** kate owns what is seeded; ada (kam-admin) and carl (compensation-admin) do what a KAM may not. */
    private static final List<DemoUser> ACTORS = List.of(DemoUser.KATE, DemoUser.ADA, DemoUser.CARL);
    private static final Duration REPLICA_WAIT = Duration.ofSeconds(30);

    /**
     * Written by background work, never by a request, so left out of the before/after comparison:
     * processed_event is the consumers' inbox of events that other services' relays publish whenever
     * they run; sent_at, attempts and last_error are the outbox relay's publication marks; the health
     * snapshots, the account's health columns and the health events are written by the scheduled
     * reassessment (kam.health.reassess-interval) whenever it runs; stakeholder_coverage and
     * stakeholder_departure are account-service's replicas of kam.stakeholders.v1, written only by its
     * consumer, and no request of the sweep can publish there (contact-service's API has no writes yet),
     * while other users of the shared local stack may; and contact-service's record of profile reads: every
     * read and export of personal data is audited by design, so the sweep's legitimate reads add such rows.
     */
    private static final DatabaseFingerprint.Exclusions BACKGROUND_WRITES = new DatabaseFingerprint.Exclusions(
            Set.of("processed_event", "health_snapshot", "stakeholder_coverage", "stakeholder_departure"),
            Map.of("outbox_event", Set.of("sent_at", "attempts", "last_error"),
                    "account", Set.of("health_score", "health_band", "health_assessed_at")),
            Map.of("outbox_event", "event_type not like 'dev.kam.account-health.%'",
                    "profile_audit", "action not in ('READ', 'EXPORT')"));

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<DemoUser, String> tokens = new EnumMap<>(DemoUser.class);
    private final List<String> seedNotes = new ArrayList<>();
    private final Set<String> readablePaths = new java.util.HashSet<>();

    @Test
    void malformedInputIsRefusedWithProblemsAndChangesNothing() throws Exception {
        for (DemoUser user : ACTORS) {
            tokens.put(user, KeycloakTokens.freshAccessToken(user));
        }
        JsonNode document = JSON.readTree(get("/q/openapi", null).body());
        assertThat(document.has("x-unavailable-services")).as("every service's document is merged").isFalse();
        List<ApiOperation> operations = new ApiDocument(document).operations().stream()
                .filter(o -> o.path().startsWith("/api/")).toList();
        assertThat(operations).isNotEmpty();

        operations.stream().filter(o -> o.method().equals("GET")).forEach(o -> readablePaths.add(o.path()));
        Map<String, String> ids = seed(operations);
        Map<ApiOperation, DemoUser> users = new HashMap<>();
        List<BadRequest> requests = new ArrayList<>();
        for (ApiOperation operation : operations) {
            Map<String, String> values = pathValues(operation, ids);
            DemoUser user = allowedUser(operation, values);
            users.put(operation, user);
            // A create is broken from a body that would succeed now (its legal id or name not yet taken), so
            // that a defect the service misses shows as an accepted request, not as a 409 that hides it.
            JsonNode validBody = creates(operation) ? uniqueVariant(BadRequests.validJson(operation.json().get()))
                    : null;
            requests.addAll(new BadRequests(operation, values, etag(operation, values, user), validBody).generate());
        }
        assertThat(requests.size()).as("requests generated").isGreaterThanOrEqualTo(MINIMUM_REQUESTS);

        Map<String, String> before = quietFingerprint();
        SweepReport report = new SweepReport();
        long started = System.nanoTime();
        try (Sweep sweep = new Sweep(Suite.GATEWAY_URL, operation -> tokens.get(users.get(operation)), CONCURRENCY)) {
            List<Answer> answers = sweep.send(requests);
            for (int i = 0; i < requests.size(); i++) {
                report.add(requests.get(i), answers.get(i));
            }
        }
        long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();
        Map<String, String> after = quietFingerprint();

        String summary = report.summary(operations.size(), operations.size()) + "  duration: " + seconds + " s\n"
                + "  seeding: " + String.join("; ", seedNotes) + "\n";
        String databaseChanges = differences(before, after);
        String full = summary + "\nDatabase changes: " + (databaseChanges.isEmpty() ? "none" : "\n" + databaseChanges)
                + "\n" + report.faultTable() + "\n" + report.details(Integer.MAX_VALUE);
        Path file = Path.of("target", "malformed-input-report.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, full);
        System.out.println(summary + report.faultTable());

        assertThat(report.requests()).isGreaterThanOrEqualTo(MINIMUM_REQUESTS);
        assertThat(report.faults())
                .as("bad answers (full list in %s)%n%s%s%s", file.toAbsolutePath(), summary, report.faultTable(),
                        report.details(15))
                .isZero();
        assertThat(databaseChanges).as("tables changed by the sweep").isEmpty();
    }

    // ------------------------------------------------------------------ seeding

    /**
     * Creates, through the API and with the documented examples, one of everything a path names:
     * every POST (or PUT) that answers 201 with a Location, parents first. The Location binds the
     * path variables of every template it matches, e.g. /api/accounts/{accountId}/problems/{problemId}.
     */
    private Map<String, String> seed(List<ApiOperation> operations) throws Exception {
        Map<String, String> ids = new HashMap<>();
        List<ApiOperation> creators = operations.stream()
                .filter(MalformedInputSweepIT::creates)
                .sorted(Comparator.comparingInt((ApiOperation o) -> o.path().split("/").length)
                        .thenComparing(ApiOperation::path))
                .toList();
        Set<String> done = new java.util.HashSet<>();
        for (int pass = 0; pass < 3; pass++) {
            for (ApiOperation creator : creators) {
                if (done.contains(creator.key()) || !resolvable(creator, ids)) {
                    continue;
                }
                Map<String, String> values = pathValues(creator, ids);
                JsonNode example = withSeededIds(BadRequests.validJson(creator.json().get()), ids);
                HttpResponse<String> created = null;
                for (int attempt = 0; attempt < 3 && (created == null || created.statusCode() == 409); attempt++) {
                    String body = JSON.writeValueAsString(attempt == 0 ? example : uniqueVariant(example));
                    created = createAsAnyActor(creator, BadRequests.fill(creator.path(), values), body);
                }
                if (created.statusCode() == 201) {
                    done.add(creator.key());
                    values.forEach(ids::putIfAbsent);
                    created.headers().firstValue("Location").ifPresent(location -> bind(location, operations, ids));
                } else if (pass == 2) {
                    seedNotes.add(creator.key() + " -> " + created.statusCode() + " " + excerpt(created.body()));
                }
            }
        }
        seedNotes.add(done.size() + " of " + creators.size() + " creating operations seeded, ids: " + ids.keySet());
        return ids;
    }

    /**
     * Sends a create as the first actor not refused; an account the other services learn of through
     * Kafka may not have reached their replicas yet, so "unknown account" is asked again for a while.
     */
    private HttpResponse<String> createAsAnyActor(ApiOperation creator, String path, String body) {
        AtomicReference<HttpResponse<String>> answer = new AtomicReference<>();
        try {
            awaitCreated(creator, path, body, answer);
        } catch (org.awaitility.core.ConditionTimeoutException stillUnknown) {
            // an account the example names that no event will ever announce: the seed note says so
        }
        return answer.get();
    }

    private void awaitCreated(ApiOperation creator, String path, String body,
            AtomicReference<HttpResponse<String>> answer) {
        Awaitility.await().atMost(REPLICA_WAIT).pollInterval(Duration.ofMillis(500)).until(() -> {
            for (DemoUser user : ACTORS) {
                answer.set(send(creator.method(), path, user, creator.json().get().mediaType(), body));
                if (answer.get().statusCode() != 403) {
                    break;
                }
            }
            return !(answer.get().statusCode() == 422 && answer.get().body().contains("account-unknown"));
        });
    }

    /**
     * The example with each top-level id the seeding already made put in its place: {@code accountId},
     * and a list of ids such as {@code accounts} becomes the one seeded account.
     */
    private static JsonNode withSeededIds(JsonNode example, Map<String, String> ids) {
        if (!example.isObject()) {
            return example;
        }
        ObjectNode copy = example.deepCopy();
        example.fieldNames().forEachRemaining(name -> {
            JsonNode value = example.get(name);
            String idOfOne = name.endsWith("s") ? name.substring(0, name.length() - 1) + "Id" : null;
            if (value.isTextual() && name.endsWith("Id") && ids.containsKey(name)) {
                copy.put(name, ids.get(name));
            } else if (value.isArray() && value.size() > 0 && value.get(0).isTextual() && ids.containsKey(idOfOne)) {
                // e.g. "accounts": [...] of a bonus programme: the seeded account, which the replicas learn of
                copy.putArray(name).add(ids.get(idOfOne));
            }
        });
        return copy;
    }

    private static boolean creates(ApiOperation operation) {
        return (operation.method().equals("POST") || operation.method().equals("PUT"))
                && operation.responses().contains("201") && operation.json().isPresent();
    }

    /** The example with its identifying texts (name, legal id, code) made unique, e.g. DE811234567 -> DE8...random. */
    private static JsonNode uniqueVariant(JsonNode example) {
        if (!example.isObject()) {
            return example;
        }
        ObjectNode copy = example.deepCopy();
        java.util.Random random = new java.util.Random();
        example.fields().forEachRemaining(field -> {
            String name = field.getKey().toLowerCase(java.util.Locale.ROOT);
            if (field.getValue().isTextual() && (name.equals("name") || name.endsWith("legalid") || name.endsWith("code"))) {
                String value = field.getValue().asText();
                Matcher digits = Pattern.compile("(.*?)(\\d{4,})").matcher(value);
                String unique = digits.matches()
                        ? digits.group(1) + String.format("%0" + digits.group(2).length() + "d",
                                Math.floorMod(random.nextLong(), (long) Math.pow(10, Math.min(18, digits.group(2).length()))))
                        : value + " " + (100_000 + random.nextInt(900_000));
                copy.put(field.getKey(), unique);
            }
        });
        return copy;
    }

    private static boolean resolvable(ApiOperation operation, Map<String, String> ids) {
        return operation.in("path").stream()
                .allMatch(p -> seeded(operation.path(), p.name(), ids) != null || p.example() != null);
    }

    /**
     * The seeded value of a path variable: the one bound for the same leading segments (so that {id} of
     * /api/stakeholders/{id} is a stakeholder, not the account bound to {id} of /api/accounts/{id}),
     * else the one bound to the name anywhere (e.g. accountId), else null.
     */
    private static String seeded(String template, String name, Map<String, String> ids) {
        String key = prefixKey(template, name);
        return key != null && ids.containsKey(key) ? ids.get(key) : ids.get(name);
    }

    /** The template up to and including the variable, e.g. /api/stakeholders/{id}; null if it has none. */
    private static String prefixKey(String template, String name) {
        int end = template.indexOf("{" + name + "}");
        return end < 0 ? null : template.substring(0, end + name.length() + 2);
    }

    /** A value for each path variable and each required query parameter: seeded, else the example's. */
    private static Map<String, String> pathValues(ApiOperation operation, Map<String, String> ids) {
        Map<String, String> values = new LinkedHashMap<>();
        for (ApiOperation.Parameter parameter : operation.in("query")) {
            if (parameter.required() && ids.containsKey(parameter.name())) {
                values.put(parameter.name(), ids.get(parameter.name()));
            }
        }
        for (ApiOperation.Parameter parameter : operation.in("path")) {
            String value = seeded(operation.path(), parameter.name(), ids);
            if (value == null && parameter.example() != null) {
                value = parameter.example().asText();
            }
            values.put(parameter.name(), value == null ? BadRequests.sampleValue(parameter) : value);
        }
        return values;
    }

    /** Binds the variables of every path template whose leading segments the location matches. */
    private static void bind(String location, List<ApiOperation> operations, Map<String, String> ids) {
        String[] actual = URI.create(location).getPath().split("/");
        for (ApiOperation operation : operations) {
            String[] template = operation.path().split("/");
            if (template.length < actual.length) {
                continue;
            }
            // The location names the template's leading segments: /api/accounts/1 binds {accountId} of
            // /api/accounts/{accountId}/problems as well as {id} of /api/accounts/{id}.
            Map<String, String> found = new HashMap<>();
            boolean matches = true;
            for (int i = 0; i < actual.length && matches; i++) {
                Matcher variable = TEMPLATE_VARIABLE.matcher(template[i]);
                if (variable.matches()) {
                    found.put(variable.group(1), java.net.URLDecoder.decode(actual[i], StandardCharsets.UTF_8));
                } else {
                    matches = template[i].equals(actual[i]);
                }
            }
            if (matches) {
                found.forEach((name, value) -> {
                    ids.putIfAbsent(name, value);
                    ids.putIfAbsent(prefixKey(operation.path(), name), value);
                });
            }
        }
    }

    // ------------------------------------------------------------------ who, and which version

    /** The first of kate, ada and carl the operation does not refuse (403). */
    private DemoUser allowedUser(ApiOperation operation, Map<String, String> values) throws Exception {
        String path = BadRequests.fill(operation.path(), values);
        String query = operation.in("query").stream().filter(p -> p.required() && values.containsKey(p.name()))
                .map(p -> p.name() + "=" + java.net.URLEncoder.encode(values.get(p.name()), StandardCharsets.UTF_8))
                .collect(java.util.stream.Collectors.joining("&"));
        Optional<ApiOperation.Body> body = operation.json();
        // A write is probed with a broken body or a stale If-Match, so that the probe itself changes nothing; one
        // with neither (e.g. DELETE .../personal-data) would be carried out, so the GET on its path asks instead.
        boolean probeSafely = !operation.writes() || body.isPresent() || operation.header("If-Match").isPresent();
        if (!probeSafely && !readablePaths.contains(operation.path())) {
            return DemoUser.KATE;
        }
        for (DemoUser user : ACTORS) {
            HttpResponse<String> probe = operation.writes() && probeSafely
                    ? send(operation.method(), path, user, body.map(ApiOperation.Body::mediaType).orElse(null),
                            body.isPresent() ? "{\"__probe__\":" : null, Map.of("If-Match", "\"probe\""))
                    : send("GET", query.isEmpty() ? path : path + "?" + query, user, null, null);
            if (probe.statusCode() != 403) {
                return user;
            }
        }
        return DemoUser.KATE;
    }

    /** The current ETag of what a conditional write changes, read from the GET on the same path. */
    private String etag(ApiOperation operation, Map<String, String> values, DemoUser user) throws Exception {
        if (operation.header("If-Match").isEmpty()) {
            return null;
        }
        HttpResponse<String> current = send("GET", BadRequests.fill(operation.path(), values), user, null, null);
        return current.headers().firstValue("ETag").orElse(null);
    }

    // ------------------------------------------------------------------ databases

    /** The fingerprint once background work has settled: two readings a second apart that agree. */
    private Map<String, String> quietFingerprint() {
        AtomicReference<Map<String, String>> last = new AtomicReference<>(Map.of());
        AtomicReference<Map<String, String>> settled = new AtomicReference<>();
        Awaitility.await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            Map<String, String> now = fingerprint();
            boolean same = now.equals(last.get());
            last.set(now);
            if (same) {
                settled.set(now);
            }
            return same;
        });
        return settled.get();
    }

    private static Map<String, String> fingerprint() throws Exception {
        Map<String, String> all = new TreeMap<>();
        for (String database : DATABASES) {
            all.putAll(DatabaseFingerprint.of(Suite.DB_JDBC_BASE, database, Suite.DB_USER, Suite.DB_PASSWORD,
                    BACKGROUND_WRITES));
        }
        return all;
    }

    private static String differences(Map<String, String> before, Map<String, String> after) {
        StringBuilder text = new StringBuilder();
        Set<String> tables = new java.util.TreeSet<>(before.keySet());
        tables.addAll(after.keySet());
        for (String table : tables) {
            if (!java.util.Objects.equals(before.get(table), after.get(table))) {
                text.append("  ").append(table).append(": ").append(before.get(table)).append(" -> ")
                        .append(after.get(table)).append('\n');
            }
        }
        return text.toString();
    }

    // ------------------------------------------------------------------ HTTP

    private HttpResponse<String> get(String path, DemoUser user) throws Exception {
        return send("GET", path, user, null, null);
    }

    private HttpResponse<String> send(String method, String path, DemoUser user, String contentType, String body)
            throws Exception {
        return send(method, path, user, contentType, body, Map.of());
    }

    private HttpResponse<String> send(String method, String path, DemoUser user, String contentType, String body,
            Map<String, String> headers) throws Exception {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(Suite.GATEWAY_URL + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (user != null) {
            builder.header("Authorization", "Bearer " + tokens.get(user));
        }
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        headers.forEach(builder::header);
        return http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String excerpt(String body) {
        String line = body == null ? "" : body.replaceAll("\\s+", " ");
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }
}
