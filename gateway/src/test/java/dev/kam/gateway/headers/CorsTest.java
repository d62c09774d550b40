package dev.kam.gateway.headers;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import dev.kam.gateway.routing.UpstreamStubs;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(UpstreamStubs.class)
class CorsTest {

    private static final String FRONTEND = "http://localhost:3000";

    @Test
    void answersAPreflightFromAConfiguredOriginWithoutAToken() {
        given()
                .header("Origin", FRONTEND)
                .header("Access-Control-Request-Method", "PUT")
                .header("Access-Control-Request-Headers", "authorization,content-type,if-match")
                .when()
                .options("/api/accounts/echo")
                .then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", FRONTEND)
                .header("Access-Control-Allow-Methods", containsString("PUT"))
                .header("Access-Control-Allow-Headers", containsString("If-Match"))
                .header("WWW-Authenticate", nullValue());
    }

    @Test
    @TestSecurity(user = "kate", roles = "employee")
    void letsAConfiguredOriginReadTheAnswerAndItsRequestId() {
        given()
                .header("Origin", FRONTEND)
                .when()
                .get("/api/accounts/echo")
                .then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", FRONTEND)
                .header("Access-Control-Expose-Headers", containsString("X-Request-Id"))
                .body("uri", equalTo("/api/accounts/echo"));
    }

    @Test
    void givesAnUnknownOriginNoCorsHeaders() {
        given()
                .header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "GET")
                .when()
                .options("/api/accounts/echo")
                .then()
                // Without Allow-Origin the browser refuses; Quarkus still lists the methods, which grants nothing.
                .header("Access-Control-Allow-Origin", nullValue())
                .header("Access-Control-Allow-Credentials", nullValue());
    }

    @Test
    @TestSecurity(user = "kate", roles = "employee")
    void givesAnUnknownOriginsRequestNoCorsHeaders() {
        given()
                .header("Origin", "https://evil.example")
                .when()
                .get("/api/accounts/echo")
                .then()
                .header("Access-Control-Allow-Origin", nullValue());
    }
}
