package dev.kam.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.containsString;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What ops sees of each running service: readiness covers its database, Kafka and outbox relay; metrics are scraped. */
class ServiceHealthIT {

    @ParameterizedTest(name = "{0} is ready with database, Kafka and outbox checks")
    @CsvSource({"account-service,8081", "contact-service,8082", "incentive-service,8083"})
    void readinessCoversTheDatabaseKafkaAndTheOutbox(String service, int port) {
        given()
                .when()
                .get("http://127.0.0.1:" + port + "/q/health/ready")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("outbox-relay", "Kafka connection health check"))
                .body("checks.name", hasItems("Database connections health check"));
    }

    @ParameterizedTest(name = "{0} publishes Prometheus metrics")
    @CsvSource({"account-service,8081", "contact-service,8082", "incentive-service,8083", "gateway,8080"})
    void metricsAreScrapable(String service, int port) {
        given()
                .when()
                .get("http://127.0.0.1:" + port + "/q/metrics")
                .then()
                .statusCode(200)
                .body(containsString("jvm_memory_used_bytes"));
    }
}
