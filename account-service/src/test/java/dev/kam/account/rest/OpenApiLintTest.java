package dev.kam.account.rest;

import dev.kam.plumbing.testing.ServiceOpenApiLintTest;
import io.quarkus.test.junit.QuarkusTest;

/** The OpenAPI document a frontend team reads is clean under Redocly's linter. */
@QuarkusTest
class OpenApiLintTest extends ServiceOpenApiLintTest {

    OpenApiLintTest() {
        super("account-service", "/api/accounts", "/api/me");
    }
}
