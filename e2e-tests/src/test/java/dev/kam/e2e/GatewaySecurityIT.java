package dev.kam.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The chain token -> gateway -> service, with real Keycloak tokens, for each of the three services. */
class GatewaySecurityIT {

    @ParameterizedTest(name = "{0} sees kate as herself")
    @CsvSource({"accounts,account-service", "stakeholders,contact-service", "incentives,incentive-service"})
    void aServiceSeesTheCallerOfAValidToken(String path, String service) {
        given()
                .auth().oauth2(KeycloakTokens.accessToken(DemoUser.KATE))
                .when()
                .get(Suite.GATEWAY_URL + "/api/" + path + "/me")
                .then()
                .statusCode(200)
                .header("X-Request-Id", notNullValue())
                .body("service", equalTo(service))
                .body("userId", equalTo(DemoUser.KATE.id()))
                .body("username", equalTo("kate"))
                .body("roles", hasItem("key-account-manager"));
    }

    @Test
    void theErpServiceAccountSeesItsIdentityAndRoleAndServesNoAccount() {
        given()
                .auth().oauth2(KeycloakTokens.erpImportToken())
                .when()
                .get(Suite.GATEWAY_URL + "/api/me")
                .then()
                .statusCode(200)
                .body("userId", notNullValue())
                .body("roles", contains("purchase-volume-feed"))
                .body("accounts", empty());
    }

    @Test
    void apiMeWithoutATokenIsRefusedWithAProblem() {
        given()
                .when()
                .get(Suite.GATEWAY_URL + "/api/me")
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer");
    }

    @ParameterizedTest(name = "{0} tells two users apart")
    @CsvSource({"accounts", "stakeholders", "incentives"})
    void anotherUserIsSeenWithTheirOwnIdAndRoles(String path) {
        given()
                .auth().oauth2(KeycloakTokens.accessToken(DemoUser.TOM))
                .when()
                .get(Suite.GATEWAY_URL + "/api/" + path + "/me")
                .then()
                .statusCode(200)
                .body("userId", equalTo(DemoUser.TOM.id()))
                .body("roles", hasItem("account-team-member"))
                .body("roles", not(hasItem("key-account-manager")));
    }

    @ParameterizedTest(name = "{0} without a token is 401")
    @CsvSource({"accounts", "stakeholders", "incentives"})
    void aCallWithoutATokenIsRefusedWithAProblem(String path) {
        given()
                .when()
                .get(Suite.GATEWAY_URL + "/api/" + path + "/me")
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer")
                .body("status", equalTo(401))
                .body("title", equalTo("Unauthorized"));
    }

    @ParameterizedTest(name = "{0} with a tampered token is 401")
    @CsvSource({"accounts", "stakeholders", "incentives"})
    void aTamperedTokenIsRefused(String path) {
        given()
                .auth().oauth2(KeycloakTokens.tampered(KeycloakTokens.accessToken(DemoUser.KATE)))
                .when()
                .get(Suite.GATEWAY_URL + "/api/" + path + "/me")
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .body("detail", equalTo("A valid bearer token is required"));
    }

    @ParameterizedTest(name = "{0} with a garbage token is 401")
    @CsvSource({"accounts", "stakeholders", "incentives"})
    void aTokenThatIsNotAJwtIsRefused(String path) {
        given()
                .header("Authorization", "Bearer not-a-token")
                .when()
                .get(Suite.GATEWAY_URL + "/api/" + path + "/me")
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
    }
}
