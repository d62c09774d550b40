package dev.kam.gateway.breaker;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;

import com.sun.net.httpserver.HttpServer;
import dev.kam.gateway.routing.UpstreamStubs;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * The incentives route of {@link UpstreamStubs} points at a port where nothing listens: after two
 * failures its circuit opens, and once a service listens there, the probe after the open period
 * closes it again. The other routes are not affected.
 */
@QuarkusTest
@TestProfile(CircuitBreakerRouteTest.QuickBreaker.class)
@QuarkusTestResource(UpstreamStubs.class)
class CircuitBreakerRouteTest {

    public static class QuickBreaker implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "kam.gateway.circuit-breaker.failure-threshold", "2",
                    "kam.gateway.circuit-breaker.open-duration", "1s");
        }
    }

    @Test
    @TestSecurity(user = "kate", roles = "employee")
    void opensAfterTheFailuresAnswersAtOnceAndClosesWhenTheServiceIsBack() throws Exception {
        given().get("/api/incentives/me").then().statusCode(503)
                .body("detail", containsString("cannot be reached"));
        given().get("/api/incentives/me").then().statusCode(503);

        given()
                .when()
                .get("/api/incentives/me")
                .then()
                .statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "1")
                .body("title", equalTo("Service unavailable"))
                .body("detail", containsString("incentives"))
                .body("instance", equalTo("/api/incentives/me"))
                .time(lessThan(500L));
        given().get("/api/accounts/echo").then().statusCode(200);

        HttpServer service = serveOnTheDeadPort();
        try {
            Awaitility.await("the probe after the open period closes the circuit")
                    .atMost(Duration.ofSeconds(5))
                    .pollInterval(Duration.ofMillis(200))
                    .until(() -> given().get("/api/incentives/me").statusCode() == 200);
            given().get("/api/incentives/me").then().statusCode(200).body(equalTo("{\"back\":true}"));
        } finally {
            service.stop(0);
        }
    }

    private static HttpServer serveOnTheDeadPort() throws Exception {
        URI url = URI.create(ConfigProvider.getConfig().getValue("kam.gateway.routes.incentives.url", String.class));
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", url.getPort()), 16);
        server.createContext("/api/incentives", exchange -> {
            byte[] body = "{\"back\":true}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        return server;
    }
}
