package dev.kam.gateway.ratelimit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import dev.kam.gateway.routing.UpstreamStubs;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(RateLimitTest.LowLimit.class)
@QuarkusTestResource(UpstreamStubs.class)
class RateLimitTest {

    /** Two calls at once, then one every two seconds: slow enough that three quick calls hit it. */
    public static class LowLimit implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "kam.gateway.rate-limit.requests-per-second", "0.5",
                    "kam.gateway.rate-limit.burst", "2");
        }
    }

    @Test
    @TestSecurity(user = "kate", roles = "employee")
    void refusesTheCallAfterTheBurstWith429AndRetryAfterButNotOnAnotherRoute() {
        given().get("/api/accounts/one").then().statusCode(200);
        given().get("/api/accounts/two").then().statusCode(200);

        given()
                .when()
                .get("/api/accounts/three")
                .then()
                .statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .header("Retry-After", equalTo("2"))
                .body("status", equalTo(429))
                .body("title", equalTo("Too many requests"))
                .body("instance", equalTo("/api/accounts/three"));

        given().get("/api/stakeholders/s-1").then().statusCode(200);
    }

    @Test
    @TestSecurity(user = "olga", roles = "employee")
    void anotherCallerHasABucketOfHerOwn() {
        given().get("/api/accounts/one").then().statusCode(200);
        given().get("/api/accounts/two").then().statusCode(200);
    }
}
