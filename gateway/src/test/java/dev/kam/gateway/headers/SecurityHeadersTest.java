package dev.kam.gateway.headers;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import dev.kam.gateway.routing.UpstreamStubs;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(UpstreamStubs.class)
class SecurityHeadersTest {

    @Test
    @TestSecurity(user = "kate", roles = "employee")
    void aForwardedApiAnswerCarriesTheSecurityHeadersAndIsNotStored() {
        Response answer = given().get("/api/accounts/echo");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertApiHeaders(answer);
        assertThat(answer.headers().getValues("Cache-Control")).containsExactly("no-store");
    }

    @Test
    void aRefusalOfTheGatewayCarriesThemToo() {
        Response answer = given().get("/api/accounts/echo");

        assertThat(answer.statusCode()).isEqualTo(401);
        assertApiHeaders(answer);
        assertThat(answer.header("Cache-Control")).isEqualTo("no-store");
    }

    @Test
    void theDocumentationIsProtectedButMayBeCachedAndSwaggerUiMayRunItsOwnScripts() {
        given().get("/q/openapi").then()
                .statusCode(200)
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "no-cache");

        // a browser enforces every policy it is sent, so a second, JSON-only one would block the page
        assertThat(given().get("/q/swagger-ui").headers().getValues("Content-Security-Policy")).hasSize(1);
        assertThat(given().get("/q/swagger-ui/oauth2-redirect.html").headers().getValues("Content-Security-Policy"))
                .hasSize(1);
        given().get("/q/swagger-ui").then()
                .statusCode(200)
                .header("X-Frame-Options", "DENY")
                .header("Content-Security-Policy", containsString("script-src 'self';"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .body(containsString("/q/swagger-ui/kam-swagger-init.js"))
                .body(not(containsString("window.onload")));

        given().get("/q/swagger-ui/kam-swagger-init.js").then()
                .statusCode(200)
                .contentType(containsString("javascript"))
                .body(containsString("SwaggerUIBundle"));
    }

    @Test
    void theOAuth2RedirectPageMayRunExactlyItsInlineScript() {
        given().get("/q/swagger-ui/oauth2-redirect.html").then()
                .statusCode(200)
                .header("Content-Security-Policy", containsString("script-src 'sha256-"))
                .header("Content-Security-Policy", not(containsString("unsafe-inline")));
    }

    @Test
    void noStrictTransportSecurityOnPlainHttpByDefault() {
        given().get("/q/openapi").then().header("Strict-Transport-Security", nullValue());
    }

    private static void assertApiHeaders(Response answer) {
        assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(answer.header("Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(answer.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(answer.header("Content-Security-Policy")).contains("default-src 'none'", "frame-ancestors 'none'");
    }
}
