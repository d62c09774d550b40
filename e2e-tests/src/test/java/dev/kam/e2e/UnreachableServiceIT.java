package dev.kam.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.restassured.RestAssured;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A service that is down: a second instance of the packaged gateway, whose incentives route points
 * at a port where nothing listens, answers with a problem+json 503 while its other routes work.
 * (The suite's own gateway is left alone, so the other tests are not disturbed.)
 */
class UnreachableServiceIT {

    private static Process gateway;
    private static String gatewayUrl;
    private static Path log;

    @BeforeAll
    static void startGatewayWithADeadRoute() throws IOException {
        Path jar = Path.of("..", "gateway", "target", "quarkus-app", "quarkus-run.jar").toAbsolutePath().normalize();
        int port = freePort();
        gatewayUrl = "http://127.0.0.1:" + port;
        log = Files.createTempFile("gateway-dead-route", ".log");
        ProcessBuilder builder = new ProcessBuilder(javaBinary(), "-Xmx128m", "-jar", jar.toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("QUARKUS_HTTP_PORT", String.valueOf(port));
        builder.environment().put("KAM_INCENTIVE_URL", "http://127.0.0.1:" + freePort());
        gateway = builder.start();
        Awaitility.await("second gateway ready (log: " + log + ")")
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(250))
                .ignoreExceptions()
                .until(() -> RestAssured.get(gatewayUrl + "/q/health/ready").statusCode() == 200);
    }

    @AfterAll
    static void stopGateway() throws InterruptedException {
        if (gateway != null) {
            gateway.destroy();
            gateway.waitFor();
        }
    }

    @Test
    void aDownServiceGivesAProblem503FromTheGateway() {
        given()
                .auth().oauth2(KeycloakTokens.accessToken(DemoUser.KATE))
                .when()
                .get(gatewayUrl + "/api/incentives/me")
                .then()
                .statusCode(503)
                .contentType("application/problem+json")
                .body("status", equalTo(503))
                .body("title", equalTo("Service unavailable"))
                .body("detail", containsString("incentives"))
                .body("requestId", notNullValue());
    }

    @Test
    void theOtherRoutesOfThatGatewayStillWork() {
        given()
                .auth().oauth2(KeycloakTokens.accessToken(DemoUser.KATE))
                .when()
                .get(gatewayUrl + "/api/accounts/me")
                .then()
                .statusCode(200)
                .body("userId", equalTo(DemoUser.KATE.id()));
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
