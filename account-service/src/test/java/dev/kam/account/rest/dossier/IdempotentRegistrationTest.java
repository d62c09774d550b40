package dev.kam.account.rest.dossier;

import static dev.kam.plumbing.testing.DemoUsers.KATE;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import dev.kam.account.fixtures.DossierRequests;
import dev.kam.account.fixtures.Dossiers;
import dev.kam.plumbing.idempotency.IdempotencyCleanup;
import dev.kam.plumbing.testing.DemoUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** A client that retries a registration with the same Idempotency-Key never registers twice. */
@QuarkusTest
@TestSecurity(user = "kate", roles = {"key-account-manager", "employee"})
@OidcSecurity(claims = @Claim(key = "sub", value = KATE))
class IdempotentRegistrationTest {

    @Inject
    Dossiers dossiers;

    @Inject
    IdempotencyCleanup cleanup;

    @Test
    void aRetryWithTheSameKeyAndBodyGetsTheFirstAnswerAndCreatesNothingMore() {
        String legalId = Dossiers.newLegalId();
        Map<String, Object> body = DossierRequests.registration(legalId);
        String key = UUID.randomUUID().toString();

        Response first = post(key, body);
        Response retry = post(key, body);

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(first.header("Idempotent-Replayed")).isNull();
        assertThat(retry.statusCode()).isEqualTo(201);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        assertThat(retry.header("ETag")).isEqualTo(first.header("ETag"));
        assertThat(retry.contentType()).startsWith("application/json");
        assertThat(retry.jsonPath().getMap("")).isEqualTo(first.jsonPath().getMap(""));
        assertThat(dossiers.accountsWithLegalId(legalId)).isOne();
        UUID id = UUID.fromString(first.path("id"));
        assertThat(dossiers.eventsOf(id)).hasSize(2);
        assertThat(dossiers.auditActionsOf(id)).containsExactly("REGISTERED");
    }

    @Test
    void concurrentRetriesWithOneKeyRegisterOnce() throws Exception {
        String legalId = Dossiers.newLegalId();
        Map<String, Object> body = DossierRequests.registration(legalId);
        String key = UUID.randomUUID().toString();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Response> responses;
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Response>> attempts = IntStream.range(0, 4)
                    .mapToObj(attempt -> pool.submit(() -> {
                        start.await();
                        return post(key, body);
                    }))
                    .toList();
            start.countDown();
            responses = new ArrayList<>();
            for (Future<Response> attempt : attempts) {
                responses.add(attempt.get(30, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(responses).extracting(Response::statusCode).containsOnly(201);
        assertThat(responses).extracting(response -> response.header("Location")).containsOnly(
                responses.get(0).header("Location"));
        assertThat(dossiers.accountsWithLegalId(legalId)).isOne();
    }

    @Test
    void theSameRequestWrittenDifferentlyIsStillTheSameRequest() {
        String legalId = Dossiers.newLegalId();
        String key = UUID.randomUUID().toString();
        String compact = "{\"name\":\"Hafen " + legalId + "\",\"legalId\":\"" + legalId
                + "\",\"marketState\":\"INDEPENDENT\"}";
        String reordered = "{\n  \"marketState\": \"INDEPENDENT\",\n  \"legalId\": \"" + legalId
                + "\",\n  \"name\": \"Hafen " + legalId + "\"\n}";

        post(key, compact).then().statusCode(201);
        post(key, reordered).then().statusCode(201).header("Idempotent-Replayed", "true");

        assertThat(dossiers.accountsWithLegalId(legalId)).isOne();
    }

    @Test
    void theSameKeyWithADifferentBodyIsRefused() {
        String key = UUID.randomUUID().toString();
        post(key, DossierRequests.registration(Dossiers.newLegalId())).then().statusCode(201);
        String otherLegalId = Dossiers.newLegalId();

        post(key, DossierRequests.registration(otherLegalId))
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://kam.dev/problems/idempotency-key-reused"))
                .body("title", equalTo("Idempotency key reused"));

        assertThat(dossiers.accountsWithLegalId(otherLegalId)).isZero();
    }

    @Test
    void aFailedFirstAttemptDoesNotUseUpTheKey() {
        String legalId = Dossiers.newLegalId();
        Map<String, Object> body = DossierRequests.registration(legalId);
        body.remove("marketState");
        String key = UUID.randomUUID().toString();
        post(key, body).then().statusCode(422);

        body.put("marketState", "INDEPENDENT");

        post(key, body).then().statusCode(201).header("Idempotent-Replayed", nullValue());
        assertThat(dossiers.accountsWithLegalId(legalId)).isOne();
    }

    @Test
    void withoutAKeyEveryRequestIsNew() {
        String legalId = Dossiers.newLegalId();
        given().contentType(ContentType.JSON).body(DossierRequests.registration(legalId))
                .when().post("/api/accounts").then().statusCode(201);

        given().contentType(ContentType.JSON).body(DossierRequests.registration(legalId))
                .when().post("/api/accounts").then().statusCode(409);
    }

    @Test
    void aMalformedKeyIsABadRequest() {
        String legalId = Dossiers.newLegalId();

        post("x".repeat(256), DossierRequests.registration(legalId))
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("Idempotency-Key"));
        post("has spaces", DossierRequests.registration(legalId)).then().statusCode(400);

        assertThat(dossiers.accountsWithLegalId(legalId)).isZero();
    }

    @Test
    void aKeyPastItsRetentionIsForgottenAndRemovedByTheCleanup() {
        String key = UUID.randomUUID().toString();
        dossiers.addIdempotencyRecord(KATE, key, "POST /api/accounts", Instant.now().minus(Duration.ofHours(25)));
        String legalId = Dossiers.newLegalId();

        post(key, DossierRequests.registration(legalId)).then().statusCode(201).header("Idempotent-Replayed", nullValue());

        String stale = UUID.randomUUID().toString();
        dossiers.addIdempotencyRecord(KATE, stale, "POST /api/accounts", Instant.now().minus(Duration.ofHours(25)));
        assertThat(cleanup.removeExpired()).isGreaterThanOrEqualTo(1);
        assertThat(dossiers.idempotencyRecords(KATE, stale)).isZero();
        assertThat(dossiers.idempotencyRecords(KATE, key)).isOne();
    }

    @Test
    void keysAreKeptPerCaller() {
        String key = UUID.randomUUID().toString();
        dossiers.addIdempotencyRecord(DemoUsers.TOM, key, "POST /api/accounts", Instant.now());

        post(key, DossierRequests.registration(Dossiers.newLegalId()))
                .then().statusCode(201).header("Idempotent-Replayed", nullValue());
    }

    private static Response post(String key, Object body) {
        return given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .when().post("/api/accounts")
                .then().extract().response();
    }
}
