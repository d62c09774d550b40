package dev.kam.plumbing.problem;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A database that cannot be reached (refused, shutting down, pool drained) is a 503 problem with
 * Retry-After, so clients and the gateway retry instead of reporting a bug; other database failures
 * stay a 500.
 */
@QuarkusTest
class DatabaseUnavailableTest {

    private static final String PROBLEM = "application/problem+json";

    @ParameterizedTest
    @ValueSource(strings = {"database-unreachable", "database-shutting-down", "pool-timeout"})
    void anUnreachableDatabaseIsA503ToRetry(String failure) {
        given().when().get("/test/refusals/" + failure)
                .then().statusCode(503).contentType(PROBLEM)
                .header("Retry-After", "5")
                .body("title", equalTo("Service unavailable"))
                .body("detail", equalTo("The service cannot reach its database at the moment; retry shortly"))
                .body("requestId", notNullValue());
    }

    @org.junit.jupiter.api.Test
    void anyOtherDatabaseFailureStaysA500() {
        given().when().get("/test/refusals/database-bug")
                .then().statusCode(500).contentType(PROBLEM)
                .body("title", equalTo("Internal error"));
    }
}
