package dev.kam.gateway.accesslog;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kam.gateway.routing.UpstreamStubs;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.awaitility.Awaitility;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(UpstreamStubs.class)
class AccessLogTest {

    private static final String ACCOUNT = "3f2b1c4e-9a7d-4e21-8c55-0a1b2c3d4e5f";

    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            lines.add(((ExtLogRecord) record).getFormattedMessage());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void listen() {
        Logger.getLogger(AccessLog.CATEGORY).addHandler(capture);
    }

    @AfterEach
    void stopListening() {
        Logger.getLogger(AccessLog.CATEGORY).removeHandler(capture);
    }

    @Test
    @TestSecurity(user = "kate", roles = "employee")
    void logsCallerRouteTemplateStatusLatencyAndRequestIdButNoQueryOrToken() {
        given()
                .header("Authorization", "Bearer secret-token-value")
                .header("X-Request-Id", "req-access-0001")
                .get("/api/accounts/" + ACCOUNT + "?name=Jane+Doe")
                .then()
                .statusCode(200);

        String line = lineFor("req-access-0001");
        assertThat(line).startsWith("GET /api/accounts/{id} 200 ")
                .containsPattern(" \\d+ms ")
                .contains("route=accounts", "user=kate", "req=req-access-0001")
                .doesNotContain(ACCOUNT, "Jane", "name=", "secret-token-value", "Bearer");
    }

    @Test
    void logsARefusedAnonymousCallToo() {
        given().header("X-Request-Id", "req-access-0002").get("/api/stakeholders/" + ACCOUNT).then().statusCode(401);

        assertThat(lineFor("req-access-0002")).startsWith("GET /api/stakeholders/{id} 401 ")
                .contains("route=stakeholders", "user=-");
    }

    @Test
    void logsNothingForTheDocumentation() {
        given().header("X-Request-Id", "req-access-0003").get("/q/openapi").then().statusCode(200);

        assertThat(lines).noneMatch(line -> line.contains("req-access-0003"));
    }

    private String lineFor(String requestId) {
        // Written when the answer's last byte has gone out, which may be just after the client has read it.
        return Awaitility.await().atMost(Duration.ofSeconds(5))
                .until(() -> lines.stream().filter(line -> line.contains(requestId)).findFirst().orElse(null),
                        line -> line != null);
    }
}
