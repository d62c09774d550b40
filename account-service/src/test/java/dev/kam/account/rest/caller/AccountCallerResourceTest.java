package dev.kam.account.rest.caller;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AccountCallerResourceTest {

    private static final String KATE_ID = "00000000-0000-4000-8000-000000000001";

    @Test
    @TestSecurity(user = "kate", roles = {"key-account-manager", "employee"})
    @OidcSecurity(claims = {@Claim(key = "sub", value = KATE_ID), @Claim(key = "preferred_username", value = "kate")})
    void echoesTheCallerAsTheServiceSeesThem() {
        given()
                .when()
                .get("/api/accounts/me")
                .then()
                .statusCode(200)
                .header("X-Request-Id", notNullValue())
                .body("service", equalTo("account-service"))
                .body("userId", equalTo(KATE_ID))
                .body("username", equalTo("kate"))
                .body("roles", contains("employee", "key-account-manager"));
    }

    @Test
    void refusesAnAnonymousCallerWithAProblem() {
        given()
                .when()
                .get("/api/accounts/me")
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer")
                .body("status", equalTo(401))
                .body("instance", equalTo("/api/accounts/me"));
    }

    @Test
    @TestSecurity(user = "kate", roles = "key-account-manager")
    void keepsTheGatewaysRequestId() {
        given()
                .header("X-Request-Id", "gateway-req-0001")
                .when()
                .get("/api/accounts/me")
                .then()
                .statusCode(200)
                .header("X-Request-Id", "gateway-req-0001");
    }

    @Test
    @TestSecurity(user = "kate", roles = "key-account-manager")
    void answersAnUnknownPathWithAProblem() {
        given()
                .when()
                .get("/api/accounts/me/nothing-here")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404));
    }
}
