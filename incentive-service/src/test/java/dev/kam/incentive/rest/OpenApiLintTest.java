package dev.kam.incentive.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kam.events.ContractLint;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The OpenAPI document a frontend team reads is clean under Redocly's linter. */
@QuarkusTest
class OpenApiLintTest {

    @Test
    void theServicesOpenApiDocumentLintsClean() throws Exception {
        String document = given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200).extract().asString();
        Path file = Files.createTempFile("incentive-service-openapi", ".json");
        Files.writeString(file, document);

        ContractLint.Result result = ContractLint.lintOpenApi(file);

        assertThat(result.passed()).as(result.output()).isTrue();
        assertThat(document).contains("/api/incentives/plans/{id}/in-force", "/api/incentives/employees/{userId}",
                "/api/incentives/statements/{id}/approval", "/api/incentives/statements/{id}/disputes/{number}/resolution");
    }
}
