package dev.kam.account.rest.dossier;

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
import dev.kam.account.fixtures.DossierRequests;
import dev.kam.account.fixtures.Dossiers;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Rewriting a dossier's profile: optimistic locking, only real changes recorded and announced. */
@QuarkusTest
class AccountProfileTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PROFILE_CHANGED = "dev.kam.account.profile-changed.v1";

    @Inject
    Dossiers dossiers;

    @Test
    @TestSecurity(user = "kate", roles = {"key-account-manager", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = KATE))
    void theOwnerRewritesTheProfileAndTheChangedFieldsAreAnnounced() throws Exception {
        Map<String, Object> body = DossierRequests.registration(Dossiers.newLegalId());
        UUID id = DossierRequests.register(body);
        body.put("segment", "Strategic");
        body.put("contactCadenceDays", 14);
        body.remove("industry");

        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body)
                .when().put("/api/accounts/{id}", id)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("segment", equalTo("Strategic"))
                .body("contactCadenceDays", equalTo(14))
                .body("industry", nullValue())
                .body("version", equalTo(1));

        List<Dossiers.OutboxRow> events = dossiers.validEventsOf(id, PROFILE_CHANGED);
        assertThat(events).hasSize(1);
        JsonNode payload = JSON.readTree(events.get(0).payload());
        assertThat(payload.path("changedFields")).extracting(JsonNode::asText)
                .containsExactly("industry", "segment", "contactCadenceDays");
        assertThat(payload.path("segment").asText()).isEqualTo("Strategic");
        assertThat(payload.path("version").asLong()).isEqualTo(1);
        assertThat(dossiers.auditActionsOf(id)).containsExactly("REGISTERED", "PROFILE_CHANGED");
    }

    @Test
    @TestSecurity(user = "kate", roles = {"key-account-manager", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = KATE))
    void aWriteThatChangesNothingLeavesNoTrace() {
        Map<String, Object> body = DossierRequests.registration(Dossiers.newLegalId());
        UUID id = DossierRequests.register(body);

        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body)
                .when().put("/api/accounts/{id}", id)
                .then()
                .statusCode(200)
                .header("ETag", "\"0\"");

        assertThat(dossiers.validEventsOf(id, PROFILE_CHANGED)).isEmpty();
        assertThat(dossiers.auditActionsOf(id)).containsExactly("REGISTERED");
    }

    @Test
    @TestSecurity(user = "kate", roles = {"key-account-manager", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = KATE))
    void aWriteWithoutIfMatchIsRefusedWith428() {
        Map<String, Object> body = DossierRequests.registration(Dossiers.newLegalId());
        UUID id = DossierRequests.register(body);
        body.put("segment", "Strategic");

        given().contentType(ContentType.JSON).body(body)
                .when().put("/api/accounts/{id}", id)
                .then()
                .statusCode(428)
                .contentType("application/problem+json");

        assertThat(dossiers.storedAccount(id)).containsEntry("version", 0L);
    }

    @Test
    @TestSecurity(user = "kate", roles = {"key-account-manager", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = KATE))
    void aWriteFromAStaleReadIsRefusedWith412() {
        Map<String, Object> body = DossierRequests.registration(Dossiers.newLegalId());
        UUID id = DossierRequests.register(body);
        body.put("segment", "Strategic");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body)
                .when().put("/api/accounts/{id}", id).then().statusCode(200);
        body.put("segment", "Lost in the past");

        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body)
                .when().put("/api/accounts/{id}", id)
                .then()
                .statusCode(412)
                .contentType("application/problem+json");

        given().when().get("/api/accounts/{id}", id).then().body("segment", equalTo("Strategic"));
    }

    @Test
    @TestSecurity(user = "kate", roles = {"key-account-manager", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = KATE))
    void takingAnotherAccountsLegalIdIsAConflict() {
        String taken = Dossiers.newLegalId();
        DossierRequests.register(DossierRequests.registration(taken));
        Map<String, Object> body = DossierRequests.registration(Dossiers.newLegalId());
        UUID id = DossierRequests.register(body);
        body.put("legalId", taken);

        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body)
                .when().put("/api/accounts/{id}", id)
                .then()
                .statusCode(409)
                .contentType("application/problem+json");

        assertThat(dossiers.accountsWithLegalId(taken)).isOne();
    }

    @Test
    @TestSecurity(user = "kate", roles = {"key-account-manager", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = KATE))
    void aProspectKeepsAMarketStateAndAKeyAccountHasNone() {
        Map<String, Object> prospect = DossierRequests.registration(Dossiers.newLegalId());
        UUID prospectId = DossierRequests.register(prospect);
        prospect.remove("marketState");
        UUID keyId = dossiers.create("KEY", KATE, Map.of());
        Map<String, Object> key = DossierRequests.registration(Dossiers.newLegalId());

        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(prospect)
                .when().put("/api/accounts/{id}", prospectId)
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", endsWith("/market-position-required"));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(key)
                .when().put("/api/accounts/{id}", keyId)
                .then()
                .statusCode(422)
                .body("type", endsWith("/market-position-prospect-only"));

        assertThat(dossiers.storedAccount(prospectId)).containsEntry("marketState", "INDEPENDENT");
    }

    @Test
    @TestSecurity(user = "kate", roles = {"key-account-manager", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = KATE))
    void aCapturedProspectRepositionedAsIndependentLosesItsCompetitor() {
        Map<String, Object> body = DossierRequests.registration(Dossiers.newLegalId());
        body.put("marketState", "CAPTURED_BY_COMPETITOR");
        body.put("competitor", "Rival Freight AG");
        UUID id = DossierRequests.register(body);
        body.put("marketState", "INDEPENDENT");
        body.remove("competitor");

        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body)
                .when().put("/api/accounts/{id}", id)
                .then()
                .statusCode(200)
                .body("marketState", equalTo("INDEPENDENT"))
                .body("competitor", nullValue());
    }

    @Test
    @TestSecurity(user = "kate", roles = {"key-account-manager", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = KATE))
    void invalidInputIsABadRequestAndChangesNothing() {
        Map<String, Object> body = DossierRequests.registration(Dossiers.newLegalId());
        UUID id = DossierRequests.register(body);
        body.put("name", "");
        body.put("travelDistanceKm", -1);

        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body)
                .when().put("/api/accounts/{id}", id)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("name"))
                .body("violations.field", hasItem("travelDistanceKm"));

        assertThat(dossiers.storedAccount(id)).containsEntry("version", 0L);
    }

    @Test
    @TestSecurity(user = "tom", roles = {"account-team-member", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = TOM))
    void aTeamMemberWhoIsNotKamCannotChangeTheProfile() {
        UUID id = dossiers.create("KEY", KATE, Map.of(TOM, "TEAM_MEMBER"));

        forbidden(id);
    }

    @Test
    @TestSecurity(user = "tom", roles = {"account-team-member", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = TOM))
    void aDeputyKamOnTheTeamMayChangeTheProfile() {
        UUID id = dossiers.create("KEY", KATE, Map.of(TOM, "KAM"));
        Map<String, Object> body = DossierRequests.registration(Dossiers.newLegalId());
        body.remove("marketState");

        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body)
                .when().put("/api/accounts/{id}", id)
                .then()
                .statusCode(200)
                .body("legalId", equalTo(body.get("legalId")));
    }

    @Test
    @TestSecurity(user = "diana", roles = {"sales-director", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = DIANA))
    void theSalesDirectorReadsButCannotChange() {
        UUID id = dossiers.create("KEY", KATE, Map.of());

        forbidden(id);
    }

    @Test
    @TestSecurity(user = "ada", roles = {"kam-admin", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = ADA))
    void theKamAdminMayChangeAnyProfile() {
        UUID id = dossiers.create("KEY", KATE, Map.of());
        Map<String, Object> body = DossierRequests.registration(Dossiers.newLegalId());
        body.remove("marketState");

        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body)
                .when().put("/api/accounts/{id}", id)
                .then()
                .statusCode(200);

        assertThat(dossiers.validEventsOf(id, PROFILE_CHANGED)).hasSize(1);
    }

    @Test
    @TestSecurity(user = "eve", roles = "employee")
    @OidcSecurity(claims = @Claim(key = "sub", value = EVE))
    void anOutsiderIsToldTheAccountDoesNotExist() {
        UUID id = dossiers.create("KEY", KATE, Map.of());
        Map<String, Object> body = DossierRequests.registration(Dossiers.newLegalId());
        body.remove("marketState");

        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body)
                .when().put("/api/accounts/{id}", id)
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    private void forbidden(UUID id) {
        Map<String, Object> body = DossierRequests.registration(Dossiers.newLegalId());
        body.remove("marketState");

        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body)
                .when().put("/api/accounts/{id}", id)
                .then()
                .statusCode(403)
                .contentType("application/problem+json");

        assertThat(dossiers.storedAccount(id)).containsEntry("version", 0L);
        assertThat(dossiers.validEventsOf(id, PROFILE_CHANGED)).isEmpty();
    }
}
