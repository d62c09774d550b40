package dev.kam.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kam.e2e.malformed.ApiOperation;
import dev.kam.e2e.malformed.BadRequests;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;

/**
 * Seeds, through the gateway and with the OpenAPI document's examples, one of everything the paths of
 * the merged document name, and gives each path template the values that address what it made. Used
 * by the malformed-input sweep and the access matrix, so both reach every operation's code.
 */
final class ApiSeed {

    /** Sends one request through the gateway as the user. */
    @FunctionalInterface
    interface Exchange {
        HttpResponse<String> send(String method, String path, DemoUser user, String contentType, String body)
                throws Exception;
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();
    private static final Pattern TEMPLATE_VARIABLE = Pattern.compile("\\{([^}]+)}");
    private static final Duration REPLICA_WAIT = Duration.ofSeconds(30);

    private final List<ApiOperation> operations;
    private final List<DemoUser> actors;
    private final Exchange exchange;
    private final List<String> notes = new ArrayList<>();

    /**
     * @param actors who creates, tried in this order until one is not refused (403)
     */
    ApiSeed(List<ApiOperation> operations, List<DemoUser> actors, Exchange exchange) {
        this.operations = operations;
        this.actors = actors;
        this.exchange = exchange;
    }

    /** What did not seed, and how much did. */
    List<String> notes() {
        return notes;
    }

    /**
     * Creates, through the API and with the documented examples, one of everything a path names:
     * every POST (or PUT) that answers 201 with a Location, parents first. The Location binds the
     * path variables of every template it matches, e.g. /api/accounts/{accountId}/problems/{problemId}.
     */
    Map<String, String> seed() throws Exception {
        Map<String, String> ids = new HashMap<>();
        List<ApiOperation> creators = operations.stream()
                .filter(ApiSeed::creates)
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
                    notes.add(creator.key() + " -> " + created.statusCode() + " " + excerpt(created.body()));
                }
            }
        }
        notes.add(done.size() + " of " + creators.size() + " creating operations seeded, ids: " + ids.keySet());
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
            for (DemoUser user : actors) {
                answer.set(exchange.send(creator.method(), path, user, creator.json().get().mediaType(), body));
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
    static JsonNode withSeededIds(JsonNode example, Map<String, String> ids) {
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

    static boolean creates(ApiOperation operation) {
        return (operation.method().equals("POST") || operation.method().equals("PUT"))
                && operation.responses().contains("201") && operation.json().isPresent();
    }

    /** The example with its identifying texts (name, legal id, code) made unique, e.g. DE811234567 -> DE8...random. */
    static JsonNode uniqueVariant(JsonNode example) {
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
    static Map<String, String> pathValues(ApiOperation operation, Map<String, String> ids) {
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

    private static String excerpt(String body) {
        String line = body == null ? "" : body.replaceAll("\\s+", " ");
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }
}
