package dev.kam.plumbing.testing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kam.events.ContractLint;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document a frontend team reads is clean under Redocly's linter and lists the paths the
 * service names. Each service's {@code OpenApiLintTest} is a {@code @QuarkusTest} that extends this
 * with its name and a few of its paths.
 */
public abstract class ServiceOpenApiLintTest {

    private final String service;
    private final List<String> paths;

    protected ServiceOpenApiLintTest(String service, String... paths) {
        this.service = service;
        this.paths = List.of(paths);
    }

    @Test
    protected void theServicesOpenApiDocumentLintsClean() throws Exception {
        String document = given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200).extract().asString();
        Path file = Files.createTempFile(service + "-openapi", ".json");
        Files.writeString(file, document);

        ContractLint.Result result = ContractLint.lintOpenApi(file);

        assertThat(result.passed()).as(result.output()).isTrue();
        assertThat(document).contains(paths);
    }
}
