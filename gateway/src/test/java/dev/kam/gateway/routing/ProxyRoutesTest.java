package dev.kam.gateway.routing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(UpstreamStubs.class)
class ProxyRoutesTest {

    private static final String PROBLEM_JSON = "application/problem+json";

    @Test
    @TestSecurity(user = "kate", roles = {"key-account-manager", "employee"})
    void forwardsMethodPathQueryBodyAndHeadersAndPassesTheAnswerBack() {
        given()
                .header("Authorization", "Bearer forwarded-token")
                .header("X-Request-Id", "req-12345678")
                .contentType(ContentType.JSON)
                .body("{\"name\":\"Acme\"}")
                .when()
                .post("/api/accounts/echo?status=KEY&limit=5")
                .then()
                .statusCode(201)
                .header("X-Upstream", "echo")
                .header("X-Request-Id", "req-12345678")
                .body("method", equalTo("POST"))
                .body("uri", equalTo("/api/accounts/echo?status=KEY&limit=5"))
                .body("authorization", equalTo("Bearer forwarded-token"))
                .body("requestId", equalTo("req-12345678"))
                .body("body.name", equalTo("Acme"));
    }

    @Test
    @TestSecurity(user = "kate", roles = {"key-account-manager", "employee"})
    void givesEachRequestAnIdWhenTheCallerSentNone() {
        given()
                .when()
                .get("/api/accounts")
                .then()
                .statusCode(200)
                .header("X-Request-Id", notNullValue())
                .body("uri", equalTo("/api/accounts"));
    }

    @Test
    void refusesACallWithoutTokenWithAProblem() {
        given()
                .when()
                .get("/api/accounts/echo")
                .then()
                .statusCode(401)
                .contentType(PROBLEM_JSON)
                .header("WWW-Authenticate", "Bearer")
                .body("status", equalTo(401))
                .body("detail", equalTo("A valid bearer token is required"));
    }

    @Test
    @TestSecurity(user = "kate", roles = {"key-account-manager", "employee"})
    void answers503WhenTheServiceCannotBeReached() {
        given()
                .when()
                .get("/api/incentives/me")
                .then()
                .statusCode(503)
                .contentType(PROBLEM_JSON)
                .body("title", equalTo("Service unavailable"))
                .body("detail", containsString("incentives"))
                .body("instance", equalTo("/api/incentives/me"))
                .body("requestId", notNullValue());
    }

    @Test
    @TestSecurity(user = "kate", roles = {"key-account-manager", "employee"})
    void answers504WhenTheServiceIsTooSlow() {
        given()
                .when()
                .get(UpstreamStubs.SLOW_PATH)
                .then()
                .statusCode(504)
                .contentType(PROBLEM_JSON)
                .body("title", equalTo("Gateway timeout"));
    }

    @Test
    @TestSecurity(user = "kate", roles = {"key-account-manager", "employee"})
    void answers404ProblemForAnApiPathNoServiceServes() {
        given()
                .when()
                .get("/api/unknown/things")
                .then()
                .statusCode(404)
                .contentType(PROBLEM_JSON)
                .body("title", equalTo("Not found"));
    }

    @Test
    @TestSecurity(user = "kate", roles = {"key-account-manager", "employee"})
    void doesNotMistakeALongerPathForARoutePrefix() {
        given()
                .when()
                .get("/api/accountsx")
                .then()
                .statusCode(404)
                .contentType(PROBLEM_JSON);
    }

    @Test
    @TestSecurity(user = "max", roles = "marketing")
    void refusesACallerWithoutAnyOfTheRoutesRolesWithAProblem() {
        given()
                .when()
                .get("/api/accounts/echo")
                .then()
                .statusCode(403)
                .contentType(PROBLEM_JSON)
                .body("status", equalTo(403))
                .body("title", equalTo("Forbidden"))
                .body("instance", equalTo("/api/accounts/echo"))
                .body("requestId", notNullValue());
    }

    @Test
    @TestSecurity(user = "erin", roles = "employee")
    void forwardsACallerWithOneOfTheRoutesRoles() {
        given()
                .when()
                .get("/api/stakeholders/s-1")
                .then()
                .statusCode(200)
                .header("X-Upstream", "echo")
                .body("uri", equalTo("/api/stakeholders/s-1"));
    }

    @Test
    @TestSecurity(user = "kate", roles = {"key-account-manager", "employee"})
    void forwardsApiMeToTheAccountsService() {
        given()
                .header("Authorization", "Bearer forwarded-token")
                .when()
                .get("/api/me")
                .then()
                .statusCode(200)
                .header("X-Upstream", "echo")
                .body("uri", equalTo("/api/me"))
                .body("authorization", equalTo("Bearer forwarded-token"));
        given()
                .when()
                .get("/api/mellow")
                .then()
                .statusCode(404)
                .contentType(PROBLEM_JSON);
    }

    @Test
    @TestSecurity(user = "service-account-kam-erp-import", roles = "purchase-volume-feed")
    void letsTheErpServiceAccountAskWhoItIs() {
        given()
                .when()
                .get("/api/me")
                .then()
                .statusCode(200)
                .body("uri", equalTo("/api/me"));
    }

    @Test
    @TestSecurity(user = "max", roles = "marketing")
    void refusesApiMeToACallerWithoutItsRoles() {
        given()
                .when()
                .get("/api/me")
                .then()
                .statusCode(403)
                .contentType(PROBLEM_JSON)
                .body("instance", equalTo("/api/me"));
    }

    @Test
    void refusesApiMeWithoutATokenWithAProblem() {
        given()
                .when()
                .get("/api/me")
                .then()
                .statusCode(401)
                .contentType(PROBLEM_JSON)
                .header("WWW-Authenticate", "Bearer");
    }
}
