package dev.kam.account.rest.status;

import static dev.kam.plumbing.testing.DemoUsers.ADA;
import static dev.kam.plumbing.testing.DemoUsers.DIANA;
import static dev.kam.plumbing.testing.DemoUsers.EVE;
import static dev.kam.plumbing.testing.DemoUsers.KATE;
import static dev.kam.plumbing.testing.DemoUsers.TOM;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kam.account.fixtures.Dossiers;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Status changes under the transition rules; losing an account needs a loss review. */
@QuarkusTest
class AccountStatusTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String STATUS_CHANGED = "dev.kam.account.status-changed.v1";
    private static final Map<String, Object> LOSS_REVIEW = Map.of(
            "causes", List.of("KEY_PERSON_LEFT", "Our delivery staff were rude to their warehouse team"),
            "lessons", "Hold relationships with more than one person in purchasing");

    @Inject
    Dossiers dossiers;

    @Test
    @TestSecurity(user = "kate", roles = {"key-account-manager", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = KATE))
    void aConvertedProspectBecomesKeyAndLosesItsMarketState() throws Exception {
        UUID id = dossiers.create("PROSPECT", KATE, Map.of());

        change(id, Map.of("status", "KEY"))
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("status", equalTo("KEY"))
                .body("marketState", nullValue());

        List<Dossiers.OutboxRow> events = dossiers.validEventsOf(id, STATUS_CHANGED);
        assertThat(events).hasSize(1);
        JsonNode payload = JSON.readTree(events.get(0).payload());
        assertThat(payload.path("previousStatus").asText()).isEqualTo("PROSPECT");
        assertThat(payload.path("status").asText()).isEqualTo("KEY");
        assertThat(payload.path("lossCauses")).isEmpty();
        assertThat(payload.path("changedBy").asText()).isEqualTo(KATE);
        assertThat(dossiers.auditActionsOf(id)).containsExactly("STATUS_CHANGED");
    }

    @Test
    @TestSecurity(user = "kate", roles = {"key-account-manager", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = KATE))
    void markingAnAccountLostKeepsItsLossReviewAndAnnouncesTheCauses() throws Exception {
        UUID id = dossiers.create("AT_RISK", KATE, Map.of());

        change(id, Map.of("status", "LOST", "lossReview", LOSS_REVIEW))
                .then()
                .statusCode(200)
                .body("status", equalTo("LOST"));

        assertThat(dossiers.lossReviewsOf(id)).isOne();
        JsonNode payload = JSON.readTree(dossiers.validEventsOf(id, STATUS_CHANGED).get(0).payload());
        assertThat(payload.path("lossCauses")).extracting(JsonNode::asText)
                .containsExactly("KEY_PERSON_LEFT", "Our delivery staff were rude to their warehouse team");
        assertThat(payload.toString()).doesNotContain("more than one person");
    }

    @Test
    @TestSecurity(user = "kate", roles = {"key-account-manager", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = KATE))
    void anAccountIsNotLostWithoutALossReview() {
        UUID id = dossiers.create("KEY", KATE, Map.of());

        change(id, Map.of("status", "LOST"))
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", endsWith("/loss-review-required"));

        assertUnchanged(id, "KEY");
    }

    @Test
    @TestSecurity(user = "kate", roles = {"key-account-manager", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = KATE))
    void aLossReviewBelongsOnlyToMarkingLost() {
        UUID id = dossiers.create("KEY", KATE, Map.of());

        change(id, Map.of("status", "AT_RISK", "lossReview", LOSS_REVIEW))
                .then()
                .statusCode(422)
                .body("type", endsWith("/loss-review-lost-only"));

        assertUnchanged(id, "KEY");
    }

    @Test
    @TestSecurity(user = "kate", roles = {"key-account-manager", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = KATE))
    void aProspectCannotBeAtRisk() {
        UUID id = dossiers.create("PROSPECT", KATE, Map.of());

        change(id, Map.of("status", "AT_RISK"))
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", endsWith("/status-transition-not-allowed"));

        assertUnchanged(id, "PROSPECT");
    }

    @Test
    @TestSecurity(user = "kate", roles = {"key-account-manager", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = KATE))
    void askingForTheCurrentStatusIsRefused() {
        UUID id = dossiers.create("KEY", KATE, Map.of());

        change(id, Map.of("status", "KEY"))
                .then()
                .statusCode(422)
                .body("type", endsWith("/status-unchanged"));
    }

    @Test
    @TestSecurity(user = "kate", roles = {"key-account-manager", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = KATE))
    void aLostClientIsWonBackAsAProspectWithItsMarketState() {
        UUID id = dossiers.create("LOST", KATE, Map.of());

        change(id, Map.of("status", "PROSPECT", "marketState", "CAPTURED_BY_COMPETITOR",
                "competitor", "Rival Freight AG"))
                .then()
                .statusCode(200)
                .body("status", equalTo("PROSPECT"))
                .body("marketState", equalTo("CAPTURED_BY_COMPETITOR"))
                .body("competitor", equalTo("Rival Freight AG"));
    }

    @Test
    @TestSecurity(user = "kate", roles = {"key-account-manager", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = KATE))
    void malformedChangesAreBadRequests() {
        UUID id = dossiers.create("KEY", KATE, Map.of());

        change(id, Map.of("lossReview", Map.of("causes", List.of(), "lessons", " ")))
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("status"))
                .body("violations.field", hasItem("lossReview.causes"))
                .body("violations.field", hasItem("lossReview.lessons"));
        change(id, Map.of("status", "LOST", "lossReview", Map.of("causes", List.of("KEY_PERSON_LEFT",
                "KEY_PERSON_LEFT"), "lessons", "Twice the same")))
                .then()
                .statusCode(400)
                .contentType("application/problem+json");

        assertUnchanged(id, "KEY");
    }

    @Test
    @TestSecurity(user = "kate", roles = {"key-account-manager", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = KATE))
    void aStaleIfMatchIsRefusedWith412() {
        UUID id = dossiers.create("KEY", KATE, Map.of());

        given().contentType(ContentType.JSON).header("If-Match", "\"7\"").body(Map.of("status", "DORMANT"))
                .when().post("/api/accounts/{id}/status-changes", id)
                .then()
                .statusCode(412)
                .contentType("application/problem+json");

        assertUnchanged(id, "KEY");
    }

    @Test
    @TestSecurity(user = "kate", roles = {"key-account-manager", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = KATE))
    void aRetriedStatusChangeWithItsIdempotencyKeyIsReplayedNotRefused() {
        UUID id = dossiers.create("KEY", KATE, Map.of());
        String key = UUID.randomUUID().toString();

        for (int attempt = 0; attempt < 2; attempt++) {
            given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(Map.of("status", "DORMANT"))
                    .when().post("/api/accounts/{id}/status-changes", id)
                    .then()
                    .statusCode(200)
                    .body("status", equalTo("DORMANT"));
        }

        assertThat(dossiers.validEventsOf(id, STATUS_CHANGED)).hasSize(1);
    }

    @Test
    @TestSecurity(user = "tom", roles = {"account-team-member", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = TOM))
    void aTeamMemberCannotChangeTheStatus() {
        UUID id = dossiers.create("KEY", KATE, Map.of(TOM, "SUPPORT"));

        change(id, Map.of("status", "AT_RISK")).then().statusCode(403).contentType("application/problem+json");

        assertUnchanged(id, "KEY");
    }

    @Test
    @TestSecurity(user = "diana", roles = {"sales-director", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = DIANA))
    void theSalesDirectorCannotChangeTheStatus() {
        UUID id = dossiers.create("KEY", KATE, Map.of());

        change(id, Map.of("status", "AT_RISK")).then().statusCode(403).contentType("application/problem+json");

        assertUnchanged(id, "KEY");
    }

    @Test
    @TestSecurity(user = "eve", roles = "employee")
    @OidcSecurity(claims = @Claim(key = "sub", value = EVE))
    void anOutsiderIsToldTheAccountDoesNotExist() {
        UUID id = dossiers.create("KEY", KATE, Map.of());

        change(id, Map.of("status", "AT_RISK")).then().statusCode(404).contentType("application/problem+json");

        assertUnchanged(id, "KEY");
    }

    @Test
    @TestSecurity(user = "ada", roles = {"kam-admin", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = ADA))
    void theKamAdminMayChangeAnyStatus() {
        UUID id = dossiers.create("KEY", KATE, Map.of());

        change(id, Map.of("status", "AT_RISK")).then().statusCode(200).body("status", equalTo("AT_RISK"));
    }

    private void assertUnchanged(UUID id, String status) {
        assertThat(dossiers.storedAccount(id)).containsEntry("status", status).containsEntry("version", 0L);
        assertThat(dossiers.validEventsOf(id, STATUS_CHANGED)).isEmpty();
        assertThat(dossiers.lossReviewsOf(id)).isZero();
    }

    private static Response change(UUID id, Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body)
                .when().post("/api/accounts/{id}/status-changes", id)
                .then().extract().response();
    }
}
