package dev.kam.plumbing.openapi;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** A service that opts in (the test application does) finds the shared answers among its document's components. */
@QuarkusTest
class SharedResponsesTest {

    @Test
    void theSharedAnswersAreResponseComponentsOfTheDocument() {
        given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("components.responses.Unauthorized.description", equalTo("No valid bearer token"))
                .body("components.responses.IfMatchMissing.description", equalTo("If-Match is missing"))
                .body("components.responses.InvalidInput.description", equalTo("Invalid input (field violations)"))
                .body("components.responses.StaleVersion.description",
                        equalTo("It changed since it was read (the `If-Match` is stale); read it again"))
                .body("components.responses.DirectoryUnavailable.content.'application/problem+json'"
                        + ".examples.'directory-unavailable'.value.status", equalTo(503));
    }
}
