package dev.kam.account.rest.dossier;

import static dev.kam.plumbing.testing.DemoUsers.ADA;
import static dev.kam.plumbing.testing.DemoUsers.DIANA;
import static dev.kam.plumbing.testing.DemoUsers.EVE;
import static dev.kam.plumbing.testing.DemoUsers.KATE;
import static dev.kam.plumbing.testing.DemoUsers.MAX;
import static dev.kam.plumbing.testing.DemoUsers.TOM;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
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
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AccountRegistrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    Dossiers dossiers;

    @Test
    @TestSecurity(user = "kate", roles = {"key-account-manager", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = KATE))
    void aKeyAccountManagerRegistersAProspectAndLeadsItsNewTeam() {
        String legalId = Dossiers.newLegalId();
        Map<String, Object> body = DossierRequests.registration(legalId);
        body.put("marketState", "CAPTURED_BY_COMPETITOR");
        body.put("competitor", "Rival Freight AG");
        body.put("ownerZone", "Pricing and the framework contract");

        Response response = given().contentType(ContentType.JSON).body(body)
                .when().post("/api/accounts")
                .then()
                .statusCode(201)
                .header("Location", containsString("/api/accounts/"))
                .header("ETag", "\"0\"")
                .body("name", equalTo("Nordhafen Logistik " + legalId))
                .body("legalId", equalTo(legalId))
                .body("status", equalTo("PROSPECT"))
                .body("marketState", equalTo("CAPTURED_BY_COMPETITOR"))
                .body("competitor", equalTo("Rival Freight AG"))
                .body("annualPotential.amount", equalTo("1250000.00"))
                .body("annualPotential.currency", equalTo("EUR"))
                .body("deliveryFulfilmentRate", equalTo(96.5f))
                .body("contactCadenceDays", equalTo(30))
                .body("comparisonRule", equalTo("SAME_PERIOD_PREVIOUS_YEAR"))
                .body("ownerId", equalTo(KATE))
                .body("team", hasSize(1))
                .body("team[0].userId", equalTo(KATE))
                .body("team[0].teamRole", equalTo("KAM"))
                .body("team[0].zone", equalTo("Pricing and the framework contract"))
                .body("team[0].owner", equalTo(true))
                .body("yourAccess", equalTo("MANAGE"))
                .body("version", equalTo(0))
                .extract().response();

        UUID id = UUID.fromString(response.path("id"));
        assertThat(response.header("Location")).endsWith("/api/accounts/" + id);
        assertThat(dossiers.auditActionsOf(id)).containsExactly("REGISTERED");
    }

    @Test
    @TestSecurity(user = "kate", roles = {"key-account-manager", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = KATE))
    void registeringPublishesTheAccountAndItsFormedTeam() throws Exception {
        UUID id = DossierRequests.register(DossierRequests.registration(Dossiers.newLegalId()));

        List<Dossiers.OutboxRow> registered = dossiers.validEventsOf(id, "dev.kam.account.registered.v1");
        List<Dossiers.OutboxRow> teamFormed = dossiers.validEventsOf(id, "dev.kam.account.team-changed.v1");

        assertThat(registered).hasSize(1);
        JsonNode payload = JSON.readTree(registered.get(0).payload());
        assertThat(payload.path("accountId").asText()).isEqualTo(id.toString());
        assertThat(payload.path("status").asText()).isEqualTo("PROSPECT");
        assertThat(payload.path("marketState").asText()).isEqualTo("INDEPENDENT");
        assertThat(payload.path("ownerId").asText()).isEqualTo(KATE);
        assertThat(teamFormed).hasSize(1);
        JsonNode team = JSON.readTree(teamFormed.get(0).payload());
        assertThat(team.path("change").asText()).isEqualTo("TEAM_FORMED");
        assertThat(team.path("affectedUserId").asText()).isEqualTo(KATE);
        assertThat(team.path("members").get(0).path("teamRole").asText()).isEqualTo("KAM");
        assertThat(dossiers.eventsOf(id)).extracting(Dossiers.OutboxRow::type)
                .containsExactly("dev.kam.account.registered.v1", "dev.kam.account.team-changed.v1");
    }

    @Test
    @TestSecurity(user = "kate", roles = {"key-account-manager", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = KATE))
    void aClientWhoIsAlreadyKeyIsRegisteredWithoutMarketStateAndWithItsOwnCadence() {
        Map<String, Object> body = DossierRequests.registration(Dossiers.newLegalId());
        body.put("status", "KEY");
        body.remove("marketState");
        body.put("contactCadenceDays", 14);
        body.put("comparisonRule", "PRECEDING_PERIOD");

        given().contentType(ContentType.JSON).body(body)
                .when().post("/api/accounts")
                .then()
                .statusCode(201)
                .body("status", equalTo("KEY"))
                .body("marketState", nullValue())
                .body("contactCadenceDays", equalTo(14))
                .body("comparisonRule", equalTo("PRECEDING_PERIOD"));
    }

    @Test
    @TestSecurity(user = "kate", roles = {"key-account-manager", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = KATE))
    void aProspectWithoutMarketStateIsRefusedAndNothingIsStored() {
        String legalId = Dossiers.newLegalId();
        Map<String, Object> body = DossierRequests.registration(legalId);
        body.remove("marketState");

        given().contentType(ContentType.JSON).body(body)
                .when().post("/api/accounts")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", endsWith("/market-position-required"))
                .body("status", equalTo(422));

        assertThat(dossiers.accountsWithLegalId(legalId)).isZero();
    }

    @Test
    @TestSecurity(user = "kate", roles = {"key-account-manager", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = KATE))
    void aKeyAccountWithAMarketStateIsRefused() {
        Map<String, Object> body = DossierRequests.registration(Dossiers.newLegalId());
        body.put("status", "KEY");

        given().contentType(ContentType.JSON).body(body)
                .when().post("/api/accounts")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", endsWith("/market-position-prospect-only"));
    }

    @Test
    @TestSecurity(user = "kate", roles = {"key-account-manager", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = KATE))
    void anAccountCannotStartAtRiskOrLost() {
        Map<String, Object> body = DossierRequests.registration(Dossiers.newLegalId());
        body.put("status", "AT_RISK");
        body.remove("marketState");

        given().contentType(ContentType.JSON).body(body)
                .when().post("/api/accounts")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", endsWith("/registration-status-not-allowed"));
    }

    @Test
    @TestSecurity(user = "kate", roles = {"key-account-manager", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = KATE))
    void aCapturedProspectNeedsTheCompetitorsName() {
        String legalId = Dossiers.newLegalId();
        Map<String, Object> body = DossierRequests.registration(legalId);
        body.put("marketState", "CAPTURED_BY_COMPETITOR");

        given().contentType(ContentType.JSON).body(body)
                .when().post("/api/accounts")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("competitor"));

        assertThat(dossiers.accountsWithLegalId(legalId)).isZero();
    }

    @Test
    @TestSecurity(user = "kate", roles = {"key-account-manager", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = KATE))
    void invalidFieldsAreNamedAndNothingIsStored() {
        String legalId = Dossiers.newLegalId();
        Map<String, Object> body = DossierRequests.registration(legalId);
        body.put("name", " ");
        body.put("contactCadenceDays", 0);
        body.put("deliveryFulfilmentRate", 100.5);
        body.put("annualPotential", Map.of("amount", "12.345", "currency", "euro"));

        given().contentType(ContentType.JSON).body(body)
                .when().post("/api/accounts")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("name"))
                .body("violations.field", hasItem("contactCadenceDays"))
                .body("violations.field", hasItem("deliveryFulfilmentRate"))
                .body("violations.field", hasItem("annualPotential.amount"))
                .body("violations.field", hasItem("annualPotential.currency"));

        assertThat(dossiers.accountsWithLegalId(legalId)).isZero();
    }

    @Test
    @TestSecurity(user = "kate", roles = {"key-account-manager", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = KATE))
    void anUnknownEnumValueIsABadRequest() {
        Map<String, Object> body = DossierRequests.registration(Dossiers.newLegalId());
        body.put("competitionLevel", "EXTREME");

        given().contentType(ContentType.JSON).body(body)
                .when().post("/api/accounts")
                .then()
                .statusCode(400);
    }

    @Test
    @TestSecurity(user = "kate", roles = {"key-account-manager", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = KATE))
    void aSecondAccountWithTheSameLegalIdIsAConflict() {
        String legalId = Dossiers.newLegalId();
        DossierRequests.register(DossierRequests.registration(legalId));
        Map<String, Object> again = DossierRequests.registration(legalId);
        again.put("name", "Someone else");

        given().contentType(ContentType.JSON).body(again)
                .when().post("/api/accounts")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("legal identifier"));

        assertThat(dossiers.accountsWithLegalId(legalId)).isOne();
    }

    @Test
    @TestSecurity(user = "kate", roles = {"key-account-manager", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = KATE))
    void aKeyAccountManagerCannotRegisterAnAccountForSomeoneElse() {
        String legalId = Dossiers.newLegalId();
        Map<String, Object> body = DossierRequests.registration(legalId);
        body.put("ownerId", TOM);

        given().contentType(ContentType.JSON).body(body)
                .when().post("/api/accounts")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");

        assertThat(dossiers.accountsWithLegalId(legalId)).isZero();
    }

    @Test
    @TestSecurity(user = "ada", roles = {"kam-admin", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = ADA))
    void aKamAdminRegistersAnAccountForTheOwnerTheyName() {
        Map<String, Object> body = DossierRequests.registration(Dossiers.newLegalId());
        body.put("ownerId", TOM);

        Response response = given().contentType(ContentType.JSON).body(body)
                .when().post("/api/accounts")
                .then()
                .statusCode(201)
                .body("ownerId", equalTo(TOM))
                .body("team[0].userId", equalTo(TOM))
                .body("team[0].teamRole", equalTo("KAM"))
                .body("yourAccess", equalTo("MANAGE"))
                .extract().response();

        UUID id = UUID.fromString(response.path("id"));
        assertThat(dossiers.storedAccount(id)).containsEntry("ownerId", TOM);
    }

    @Test
    @TestSecurity(user = "ada", roles = {"kam-admin", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = ADA))
    void aKamAdminMustNameTheOwner() {
        String legalId = Dossiers.newLegalId();

        given().contentType(ContentType.JSON).body(DossierRequests.registration(legalId))
                .when().post("/api/accounts")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("ownerId"));

        assertThat(dossiers.accountsWithLegalId(legalId)).isZero();
    }

    @Test
    @TestSecurity(user = "diana", roles = {"sales-director", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = DIANA))
    void theSalesDirectorDoesNotRegisterAccounts() {
        refusedWith403();
    }

    @Test
    @TestSecurity(user = "max", roles = {"marketing", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = MAX))
    void marketingDoesNotRegisterAccounts() {
        refusedWith403();
    }

    @Test
    @TestSecurity(user = "eve", roles = "employee")
    @OidcSecurity(claims = @Claim(key = "sub", value = EVE))
    void anEmployeeDoesNotRegisterAccounts() {
        refusedWith403();
    }

    @Test
    void anAnonymousCallerIsUnauthorized() {
        given().contentType(ContentType.JSON).body(DossierRequests.registration(Dossiers.newLegalId()))
                .when().post("/api/accounts")
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "kate", roles = {"key-account-manager", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = KATE))
    void aMissingBodyIsABadRequest() {
        given().contentType(ContentType.JSON)
                .when().post("/api/accounts")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    private void refusedWith403() {
        String legalId = Dossiers.newLegalId();
        Map<String, Object> body = DossierRequests.registration(legalId);
        body.put("ownerId", KATE);

        given().contentType(ContentType.JSON).body(body)
                .when().post("/api/accounts")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");

        assertThat(dossiers.accountsWithLegalId(legalId)).isZero();
    }

}
