package dev.kam.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
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
    private static final List<String> DATABASES = List.of("kam_account", "kam_contact", "kam_incentive");
    /** kate owns what is seeded; ada (kam-admin) and carl (compensation-admin) do what a KAM may not. */
    private static final List<DemoUser> ACTORS = List.of(DemoUser.KATE, DemoUser.ADA, DemoUser.CARL);

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
        ApiSeed seed = new ApiSeed(operations, ACTORS, this::send);
        Map<String, String> ids = seed.seed();
        Map<ApiOperation, DemoUser> users = new HashMap<>();
        List<BadRequest> requests = new ArrayList<>();
        for (ApiOperation operation : operations) {
            Map<String, String> values = ApiSeed.pathValues(operation, ids);
            DemoUser user = allowedUser(operation, values);
            users.put(operation, user);
            // A create is broken from a body that would succeed now (its legal id or name not yet taken), so
            // that a defect the service misses shows as an accepted request, not as a 409 that hides it.
            JsonNode validBody = ApiSeed.creates(operation) ? ApiSeed.uniqueVariant(BadRequests.validJson(operation.json().get()))
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
                + "  seeding: " + String.join("; ", seed.notes()) + "\n";
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
}
