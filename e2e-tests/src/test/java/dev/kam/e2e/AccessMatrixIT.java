package dev.kam.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kam.e2e.malformed.ApiDocument;
import dev.kam.e2e.malformed.ApiOperation;
import dev.kam.e2e.malformed.BadRequests;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * The access matrix: every operation of the gateway's merged OpenAPI document (read from the
 * document, so a new operation without a row in {@link AccessTable} fails the test) against every
 * {@link Identity}, through the gateway with real Keycloak tokens. Each cell's answer must be the one
 * the table declares, and no answer to someone who may not see them carries the seeded negotiation
 * profile or kate's pay.
 * Writes change nothing they should not: an operation with an If-Match header is sent with a stale
 * version, so an identity let through gets 412 and one refused gets 401/403/404 (a 412 there is a hole
 * in the order of the checks); a create or command without If-Match is sent as a valid request, so a
 * refused identity that gets through would show as a 2xx, and an allowed one adds only rows under the
 * seeded accounts; a DELETE without If-Match (erasing personal data) runs after every other cell.
 * Refused identities go before allowed ones on each operation. Report: target/access-matrix-report.txt.
 */
class AccessMatrixIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<DemoUser> SEEDERS = List.of(DemoUser.KATE, DemoUser.ADA, DemoUser.CARL);
    private static final String STALE_VERSION = "\"-1\"";
    private static final Duration EVENTUALLY = Duration.ofSeconds(60);

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<Identity, String> tokens = new EnumMap<>(Identity.class);
    private final MatrixSeed seed = new MatrixSeed(this::send);

    @Test
    void everyOperationAnswersEveryIdentityAsTheTableSaysAndLeaksNothing() throws Exception {
        String expiring = KeycloakTokens.shortLivedAccessToken(DemoUser.KATE);
        assertThat(exchange("GET", "/api/accounts/me", expiring, null, null, Map.of()).statusCode())
                .as("the short-lived token works while it is fresh").isEqualTo(200);
        for (Identity identity : AccessTable.COLUMNS) {
            tokens.put(identity, KeycloakTokens.freshAccessToken(identity.user().orElseThrow()));
        }
        tokens.put(Identity.TAMPERED, KeycloakTokens.tampered(tokens.get(Identity.KATE)));
        tokens.put(Identity.ALG_NONE, KeycloakTokens.unsigned(tokens.get(Identity.KATE)));
        tokens.put(Identity.WRONG_AUDIENCE, KeycloakTokens.wrongAudienceToken());

        JsonNode document = JSON.readTree(exchange("GET", "/q/openapi", null, null, null, Map.of()).body());
        assertThat(document.has("x-unavailable-services")).as("every service's document is merged").isFalse();
        List<ApiOperation> operations = new ApiDocument(document).operations().stream()
                .filter(o -> o.path().startsWith("/api/")).toList();
        Set<String> documented = operations.stream().map(ApiOperation::key).collect(Collectors.toSet());
        Set<String> staleRows = new TreeSet<>(AccessTable.operations());
        staleRows.removeAll(documented);

        MatrixSeed.Seeded seeded = seed.seed(operations, SEEDERS);
        awaitExpiry(expiring);
        tokens.put(Identity.EXPIRED, expiring);

        MatrixReport report = new MatrixReport(seeded.markers());
        for (ApiOperation operation : inRunOrder(operations)) {
            Optional<Map<Identity, Outcome>> row = AccessTable.row(operation.key());
            for (Identity identity : refusedFirst(row)) {
                Map<String, String> ids = identity == Identity.TOM_ELSEWHERE ? seeded.otherAccount()
                        : seeded.account();
                HttpResponse<String> answer = call(operation, ids, tokens.get(identity));
                report.add(operation, identity, row.map(r -> r.get(identity)), answer);
            }
        }

        String summary = "Access matrix: " + operations.size() + " operations x " + Identity.values().length
                + " identities = " + operations.size() * Identity.values().length + " cells, "
                + report.checked() + " checked against the table, " + report.mismatches() + " wrong, "
                + report.leaks() + " leaks, " + report.missingRows().size() + " operations without a row\n"
                + "  seeding: " + String.join("; ", seeded.notes()) + "\n";
        Path file = Path.of("target", "access-matrix-report.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, summary + report.observedTable() + "\n" + report.failures(Integer.MAX_VALUE));
        System.out.println(summary);

        assertThat(report.missingRows()).as("operations without a row in AccessTable; observed:%n%s",
                report.suggestedRows()).isEmpty();
        assertThat(staleRows).as("rows of AccessTable for operations the document no longer has").isEmpty();
        assertThat(report.mismatches() + report.leaks()).as("cells that break the table (all in %s)%n%s%s",
                file.toAbsolutePath(), summary, report.failures(40)).isZero();
        assertThat(report.checked()).isEqualTo(operations.size() * Identity.values().length);
    }

    /** Creates and commands carried out first (so the reads find what they made), unguarded deletes last. */
    private static List<ApiOperation> inRunOrder(List<ApiOperation> operations) {
        return operations.stream().sorted(Comparator.comparingInt(AccessMatrixIT::phase)).toList();
    }

    private static int phase(ApiOperation operation) {
        if (!operation.writes() || guarded(operation)) {
            return 1;
        }
        return operation.method().equals("DELETE") ? 2 : 0;
    }

    private static boolean guarded(ApiOperation operation) {
        return operation.header("If-Match").isPresent();
    }

    /** Identities refused by the row first, so an allowed write cannot change what a refusal is judged on. */
    private static List<Identity> refusedFirst(Optional<Map<Identity, Outcome>> row) {
        return java.util.Arrays.stream(Identity.values())
                .sorted(Comparator.comparingInt(i -> row.map(r -> r.get(i) == Outcome.ALLOWED ? 1 : 0).orElse(0)))
                .toList();
    }

    /** One cell: the operation on the seeded ids, a stale If-Match where it takes one, the example body. */
    private HttpResponse<String> call(ApiOperation operation, Map<String, String> ids, String token)
            throws Exception {
        Map<String, String> values = ApiSeed.pathValues(operation, ids);
        String target = BadRequests.fill(operation.path(), values) + query(operation, values);
        Map<String, String> headers = guarded(operation) ? Map.of("If-Match", STALE_VERSION) : Map.of();
        Optional<ApiOperation.Body> body = operation.json();
        String json = null;
        if (body.isPresent()) {
            JsonNode example = ApiSeed.withSeededIds(BadRequests.validJson(body.get()), ids);
            json = JSON.writeValueAsString(ApiSeed.creates(operation) ? ApiSeed.uniqueVariant(example) : example);
        }
        return exchange(operation.method(), target, token, body.map(ApiOperation.Body::mediaType).orElse(null), json,
                headers);
    }

    /** The required query parameters: seeded, else the documented example, else a sample of the schema. */
    private static String query(ApiOperation operation, Map<String, String> values) {
        String query = operation.in("query").stream().filter(ApiOperation.Parameter::required)
                .map(p -> p.name() + "=" + URLEncoder.encode(values.getOrDefault(p.name(),
                        p.example() != null ? p.example().asText() : BadRequests.sampleValue(p)),
                        StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return query.isEmpty() ? "" : "?" + query;
    }

    /** Waits until the short-lived token is past its expiry by more than the clock skew the suite allows. */
    private static void awaitExpiry(String token) {
        Instant usable = Instant.ofEpochSecond(KeycloakTokens.expiresAt(token)).plus(Suite.TOKEN_CLOCK_SKEW)
                .plusSeconds(1);
        Awaitility.await().atMost(Duration.ofSeconds(30).plus(Suite.TOKEN_CLOCK_SKEW))
                .pollInterval(Duration.ofMillis(500)).until(() -> Instant.now().isAfter(usable));
    }

    HttpResponse<String> send(String method, String path, DemoUser user, String contentType, String body,
            Map<String, String> headers) throws Exception {
        return exchange(method, path, tokens.get(columnOf(user)), contentType, body, headers);
    }

    private static Identity columnOf(DemoUser user) {
        return AccessTable.COLUMNS.stream().filter(i -> i.user().orElseThrow() == user).findFirst().orElseThrow();
    }

    /** A request through the gateway; a 429 is sent again once the rate limit lets it through. */
    private HttpResponse<String> exchange(String method, String path, String token, String contentType, String body,
            Map<String, String> headers) throws Exception {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(Suite.GATEWAY_URL + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        headers.forEach(builder::header);
        HttpRequest request = builder.build();
        AtomicReference<HttpResponse<String>> answer = new AtomicReference<>(
                http.send(request, HttpResponse.BodyHandlers.ofString()));
        if (answer.get().statusCode() == 429) {
            Awaitility.await().atMost(EVENTUALLY).pollInterval(Duration.ofSeconds(1)).until(() -> {
                answer.set(http.send(request, HttpResponse.BodyHandlers.ofString()));
                return answer.get().statusCode() != 429;
            });
        }
        return answer.get();
    }
}
