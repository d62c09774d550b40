package dev.kam.incentive.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import org.junit.jupiter.api.Test;

@QuarkusTest
class IncentiveCallerResourceTest {

    @Test
    @TestSecurity(user = "tom", roles = "account-team-member")
    @OidcSecurity(claims = @Claim(key = "sub", value = "00000000-0000-4000-8000-000000000002"))
    void echoesTheCaller() {
        given().when().get("/api/incentives/me")
                .then()
                .statusCode(200)
                .body("service", equalTo("incentive-service"))
                .body("userId", equalTo("00000000-0000-4000-8000-000000000002"));
    }

    @Test
    void refusesAnAnonymousCaller() {
        given().when().get("/api/incentives/me")
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
    }
}
