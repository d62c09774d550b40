package dev.kam.account.rest.caller;

import static dev.kam.plumbing.testing.DemoUsers.KATE;
import static dev.kam.plumbing.testing.DemoUsers.SAM;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import dev.kam.account.fixtures.Dossiers;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** GET /api/me: identity, the suite's roles and the accounts the caller serves, for people and service accounts. */
@QuarkusTest
class WhoAmIResourceTest {

    // Callers of their own, so accounts other tests create in the shared test database never show up here.
    private static final String LENA = "00000000-0000-4000-8000-00000000a101";
    private static final String NOBODY = "00000000-0000-4000-8000-00000000a102";
    private static final String ERP = "00000000-0000-4000-8000-00000000a103";

    @Inject
    Dossiers dossiers;

    @Test
    @TestSecurity(user = "lena", roles = {"key-account-manager", "employee", "offline_access", "default-roles-kam"})
    @OidcSecurity(claims = {@Claim(key = "sub", value = LENA), @Claim(key = "preferred_username", value = "lena")})
    void listsTheAccountsTheCallerOwnsOrIsOnTheTeamOfWithRoleAndZoneSortedByName() {
        UUID owned = dossiers.create("beta Werke " + UUID.randomUUID(), "KEY", LENA, Map.of(SAM, "TEAM_MEMBER"));
        UUID specialist = dossiers.create("Alpha Logistik", "AT_RISK", KATE, Map.of(LENA, "SPECIALIST"));
        UUID member = dossiers.create("alpha logistik", "PROSPECT", SAM, Map.of(LENA, "TEAM_MEMBER"));
        dossiers.create("Aaron Bau", "KEY", KATE, Map.of(SAM, "TEAM_MEMBER"));
        // Same name but for case: the database orders them by id, as it compares uuids byte by byte.
        List<UUID> alphas = specialist.toString().compareTo(member.toString()) < 0
                ? List.of(specialist, member) : List.of(member, specialist);

        given()
                .when()
                .get("/api/me")
                .then()
                .statusCode(200)
                .body("userId", equalTo(LENA))
                .body("username", equalTo("lena"))
                .body("roles", contains("employee", "key-account-manager"))
                .body("accounts.id", contains(alphas.get(0).toString(), alphas.get(1).toString(), owned.toString()))
                .body("accounts.find { it.id == '" + owned + "' }.owner", equalTo(true))
                .body("accounts.find { it.id == '" + owned + "' }.teamRole", equalTo("KAM"))
                .body("accounts.find { it.id == '" + owned + "' }.zone", equalTo("KAM zone"))
                .body("accounts.find { it.id == '" + owned + "' }.status", equalTo("KEY"))
                .body("accounts.find { it.id == '" + specialist + "' }.name", equalTo("Alpha Logistik"))
                .body("accounts.find { it.id == '" + specialist + "' }.owner", equalTo(false))
                .body("accounts.find { it.id == '" + specialist + "' }.teamRole", equalTo("SPECIALIST"))
                .body("accounts.find { it.id == '" + specialist + "' }.zone", equalTo("SPECIALIST zone"))
                .body("accounts.find { it.id == '" + specialist + "' }.status", equalTo("AT_RISK"))
                .body("accounts.find { it.id == '" + member + "' }.teamRole", equalTo("TEAM_MEMBER"))
                .body("accounts.find { it.id == '" + member + "' }.owner", equalTo(false));
    }

    @Test
    @TestSecurity(user = "nobody", roles = "employee")
    @OidcSecurity(claims = {@Claim(key = "sub", value = NOBODY), @Claim(key = "preferred_username", value = "nobody")})
    void aCallerWhoServesNoAccountGetsAnEmptyList() {
        dossiers.create("KEY", KATE, Map.of(SAM, "TEAM_MEMBER"));

        given()
                .when()
                .get("/api/me")
                .then()
                .statusCode(200)
                .body("userId", equalTo(NOBODY))
                .body("roles", contains("employee"))
                .body("accounts", empty());
    }

    @Test
    @TestSecurity(user = "service-account-kam-erp-import", roles = {"purchase-volume-feed", "default-roles-kam"})
    @OidcSecurity(claims = {@Claim(key = "sub", value = ERP),
            @Claim(key = "preferred_username", value = "service-account-kam-erp-import")})
    void aServiceAccountGetsItsIdentityAndRolesAndNoAccounts() {
        given()
                .when()
                .get("/api/me")
                .then()
                .statusCode(200)
                .body("userId", equalTo(ERP))
                .body("username", equalTo("service-account-kam-erp-import"))
                .body("roles", contains("purchase-volume-feed"))
                .body("accounts", empty());
    }

    @Test
    void documentsOperationIdsNoOtherServiceUses() {
        // The gateway merges three documents into one, where a shared operationId would clash (docs/adr/0009).
        given()
                .queryParam("format", "json")
                .when()
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .body("paths.'/api/me'.get.operationId", equalTo("whoAmI"))
                .body("paths.'/api/accounts/me'.get.operationId", equalTo("getAccountServiceCaller"));
    }

    @Test
    void refusesAnAnonymousCallerWithAProblem() {
        given()
                .when()
                .get("/api/me")
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer")
                .body("status", equalTo(401))
                .body("instance", equalTo("/api/me"));
    }
}
