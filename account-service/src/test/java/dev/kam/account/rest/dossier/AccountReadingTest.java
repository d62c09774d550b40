package dev.kam.account.rest.dossier;

import static dev.kam.plumbing.testing.DemoUsers.ADA;
import static dev.kam.plumbing.testing.DemoUsers.DIANA;
import static dev.kam.plumbing.testing.DemoUsers.EVE;
import static dev.kam.plumbing.testing.DemoUsers.KATE;
import static dev.kam.plumbing.testing.DemoUsers.MAX;
import static dev.kam.plumbing.testing.DemoUsers.SAM;
import static dev.kam.plumbing.testing.DemoUsers.TOM;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import dev.kam.account.fixtures.Dossiers;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Who reads what of a dossier: the team and directors/admins the full dossier, marketing only the
 * summary (403 on the dossier), everyone else nothing at all (404, so existence does not leak).
 */
@QuarkusTest
class AccountReadingTest {

    @Inject
    Dossiers dossiers;

    @Test
    @TestSecurity(user = "kate", roles = {"key-account-manager", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = KATE))
    void theOwnerReadsTheFullDossierWithItsVersionAsETag() {
        UUID id = dossiers.create("KEY", KATE, Map.of(TOM, "TEAM_MEMBER"));

        given().when().get("/api/accounts/{id}", id)
                .then()
                .statusCode(200)
                .header("ETag", "\"0\"")
                .body("id", equalTo(id.toString()))
                .body("legalId", org.hamcrest.Matchers.startsWith("T-"))
                .body("ownerId", equalTo(KATE))
                .body("team.size()", equalTo(2))
                .body("yourAccess", equalTo("MANAGE"));
    }

    @Test
    @TestSecurity(user = "tom", roles = {"account-team-member", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = TOM))
    void aTeamMemberReadsTheDossierAndMayContribute() {
        UUID id = dossiers.create("KEY", KATE, Map.of(TOM, "SPECIALIST"));

        given().when().get("/api/accounts/{id}", id)
                .then()
                .statusCode(200)
                .body("yourAccess", equalTo("CONTRIBUTE"));
    }

    @Test
    @TestSecurity(user = "diana", roles = {"sales-director", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = DIANA))
    void theSalesDirectorReadsEveryDossier() {
        UUID id = dossiers.create("KEY", KATE, Map.of());

        given().when().get("/api/accounts/{id}", id)
                .then()
                .statusCode(200)
                .body("yourAccess", equalTo("READ"));
    }

    @Test
    @TestSecurity(user = "ada", roles = {"kam-admin", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = ADA))
    void theKamAdminManagesEveryDossier() {
        UUID id = dossiers.create("KEY", KATE, Map.of());

        given().when().get("/api/accounts/{id}", id)
                .then()
                .statusCode(200)
                .body("yourAccess", equalTo("MANAGE"));
    }

    @Test
    @TestSecurity(user = "max", roles = {"marketing", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = MAX))
    void marketingReadsTheSummaryButNotTheDossier() {
        UUID id = dossiers.create("Hafen Summary AG", "KEY", KATE, Map.of());

        given().when().get("/api/accounts/{id}", id)
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("status", equalTo(403));
        given().when().get("/api/accounts/{id}/summary", id)
                .then()
                .statusCode(200)
                .body("name", equalTo("Hafen Summary AG"))
                .body("status", equalTo("KEY"))
                .body("segment", equalTo("Mid-market"))
                .body("$", not(hasKey("legalId")))
                .body("$", not(hasKey("team")))
                .body("$", not(hasKey("competitor")));
    }

    @Test
    @TestSecurity(user = "max", roles = {"marketing", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = MAX))
    void marketingOnTheTeamReadsTheFullDossier() {
        UUID id = dossiers.create("KEY", KATE, Map.of(MAX, "MARKETING"));

        given().when().get("/api/accounts/{id}", id)
                .then()
                .statusCode(200)
                .body("yourAccess", equalTo("CONTRIBUTE"));
    }

    @Test
    @TestSecurity(user = "eve", roles = "employee")
    @OidcSecurity(claims = @Claim(key = "sub", value = EVE))
    void anOutsiderIsToldTheAccountDoesNotExist() {
        UUID id = dossiers.create("KEY", KATE, Map.of());

        notFound("/api/accounts/{id}", id);
        notFound("/api/accounts/{id}/summary", id);
    }

    @Test
    @TestSecurity(user = "kate", roles = {"key-account-manager", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = KATE))
    void aKeyAccountManagerOffTheTeamIsToldTheAccountDoesNotExist() {
        UUID id = dossiers.create("KEY", SAM, Map.of(TOM, "TEAM_MEMBER"));

        notFound("/api/accounts/{id}", id);
        notFound("/api/accounts/{id}/summary", id);
    }

    @Test
    @TestSecurity(user = "diana", roles = {"sales-director", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = DIANA))
    void anUnknownIdIsNotFoundAndAMalformedOneIsA400NamingIt() {
        notFound("/api/accounts/{id}", UUID.randomUUID());
        // plumbing's named parameter converters (main, fuzz sweep): a malformed UUID names the parameter
        given().when().get("/api/accounts/not-a-uuid")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("id"));
    }

    @Test
    void anAnonymousCallerIsUnauthorized() {
        given().when().get("/api/accounts/{id}", UUID.randomUUID())
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
    }

    private static void notFound(String path, UUID id) {
        given().when().get(path, id)
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404));
    }
}
