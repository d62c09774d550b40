package dev.kam.incentive.rest;

import dev.kam.plumbing.testing.ServiceOpenApiLintTest;
import io.quarkus.test.junit.QuarkusTest;

/** The OpenAPI document a frontend team reads is clean under Redocly's linter. */
@QuarkusTest
class OpenApiLintTest extends ServiceOpenApiLintTest {

    OpenApiLintTest() {
        super("incentive-service", "/api/incentives/plans/{id}/in-force", "/api/incentives/employees/{userId}",
                "/api/incentives/statements/{id}/approval", "/api/incentives/statements/{id}/disputes/{number}/resolution");
    }
}
