package dev.kam.plumbing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kam.plumbing.outbox.Outbox;
import dev.kam.plumbing.outbox.OutboxRelayTest;
import dev.kam.plumbing.testapp.TestKafka;
import dev.kam.plumbing.testapp.TestTopics;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** What an operator scrapes from /q/metrics and /q/health/ready about the event plumbing. */
@QuarkusTest
class OperatorMetricsTest {

    @Inject
    Outbox outbox;

    @Test
    void theOutboxBacklogAndAgeAndTheRelaysSendsArePublished() {
        String key = UUID.randomUUID().toString();
        QuarkusTransaction.requiringNew().run(() ->
                outbox.record(TestTopics.REGISTERED_ON_TEST_TOPIC, key, "metrics", OutboxRelayTest.registered(key)));

        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            String metrics = scrape();
            assertThat(metrics).contains("kam_outbox_backlog", "kam_outbox_oldest_unsent_age_seconds");
            assertThat(metrics).containsPattern(
                    "kam_outbox_sent_total\\{[^}]*topic=\"" + Pattern.quote(TestTopics.OUTBOX) + "\"[^}]*\\} [1-9]");
        });
    }

    @Test
    void deadLetteredRecordsAndConsumerLagAreVisible() {
        TestKafka.send(TestTopics.INBOX, UUID.randomUUID().toString(), "{}", Map.of("content-type", "text/plain"));

        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            String metrics = scrape();
            assertThat(sumOf(metrics, "kafka_producer_record_send_total", "kafka-dead-letter-topic-producer"))
                    .as("records sent to the dead-letter topic").isGreaterThanOrEqualTo(1.0);
            assertThat(metrics).contains("kafka_consumer_fetch_manager_records_lag_max");
        });
    }

    @Test
    void readinessReportsTheOutboxRelay() {
        given().when().get("/q/health/ready").then().statusCode(200);
        String health = given().when().get("/q/health/ready").asString();
        assertThat(health).contains("outbox-relay", "backlog");
    }

    private static String scrape() {
        return given().when().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    private static double sumOf(String metrics, String name, String clientIdPrefix) {
        Pattern line = Pattern.compile("^" + name + "\\{([^}]*)\\} ([0-9.eE+-]+)$", Pattern.MULTILINE);
        Matcher matcher = line.matcher(metrics);
        double sum = 0;
        while (matcher.find()) {
            if (matcher.group(1).contains("client_id=\"" + clientIdPrefix)) {
                sum += Double.parseDouble(matcher.group(2));
            }
        }
        return sum;
    }
}
