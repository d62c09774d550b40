package dev.kam.plumbing.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kam.events.CloudEventHeaders;
import dev.kam.plumbing.testapp.TallyApplier;
import dev.kam.plumbing.testapp.TestKafka;
import dev.kam.plumbing.testapp.TestTopics;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** Consuming on the real broker: a redelivery changes nothing; poison goes aside without blocking the partition. */
@QuarkusTest
class InboxConsumerTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String TYPE = "dev.kam.plumbing-test.tallied.v1";

    @Inject
    TallyApplier tally;

    @Test
    void anEventDeliveredTwiceIsAppliedOnce() {
        String key = UUID.randomUUID().toString();
        Map<String, String> headers = cloudEvent(UUID.randomUUID().toString(), TYPE);
        String marker = UUID.randomUUID().toString();

        // All three in one partition: once the marker is applied, both copies were processed.
        TestKafka.send(TestTopics.INBOX, 0, key, "{}", headers);
        TestKafka.send(TestTopics.INBOX, 0, key, "{}", headers);
        TestKafka.send(TestTopics.INBOX, 0, marker, "{}", cloudEvent(UUID.randomUUID().toString(), TYPE));

        Awaitility.await().atMost(PATIENCE).until(() -> tally.appliedCount(marker) == 1);
        assertThat(tally.appliedCount(key)).isEqualTo(1);
    }

    @Test
    void twoDistinctEventsOnOneKeyAreBothApplied() {
        String key = UUID.randomUUID().toString();
        TestKafka.send(TestTopics.INBOX, key, "{}", cloudEvent(UUID.randomUUID().toString(), TYPE));
        TestKafka.send(TestTopics.INBOX, key, "{}", cloudEvent(UUID.randomUUID().toString(), TYPE));

        Awaitility.await().atMost(PATIENCE).until(() -> tally.appliedCount(key) == 2);
    }

    @Test
    void aPoisonRecordGoesToTheDeadLetterTopicWithItsReasonAndLaterRecordsAreProcessed() {
        String poisonKey = UUID.randomUUID().toString();
        String unknownVersionKey = UUID.randomUUID().toString();
        String goodKey = UUID.randomUUID().toString();
        try (var deadLetters = TestKafka.consumerFromStart(TestTopics.INBOX_DEAD_LETTERS)) {
            TestKafka.send(TestTopics.INBOX, poisonKey, "{}", Map.of("content-type", "application/json"));
            TestKafka.send(TestTopics.INBOX, unknownVersionKey, "{}",
                    cloudEvent(UUID.randomUUID().toString(), "dev.kam.plumbing-test.tallied.v9"));
            TestKafka.send(TestTopics.INBOX, goodKey, "{}", cloudEvent(UUID.randomUUID().toString(), TYPE));

            Awaitility.await().atMost(PATIENCE).until(() -> tally.appliedCount(goodKey) == 1);
            List<ConsumerRecord<String, String>> parked = TestKafka.poll(deadLetters,
                    record -> poisonKey.equals(record.key()) || unknownVersionKey.equals(record.key()), 2, PATIENCE);

            assertThat(parked).hasSize(2);
            assertThat(parked).allSatisfy(record ->
                    assertThat(TestKafka.header(record, "dead-letter-reason")).isNotBlank());
            assertThat(parked).anySatisfy(record ->
                    assertThat(TestKafka.header(record, "dead-letter-reason")).contains("ce_specversion"));
            assertThat(parked).anySatisfy(record ->
                    assertThat(TestKafka.header(record, "dead-letter-reason")).contains("tallied.v9"));
            assertThat(tally.appliedCount(poisonKey)).isZero();
        }
    }

    private static Map<String, String> cloudEvent(String id, String type) {
        return Map.of(
                CloudEventHeaders.SPEC_VERSION, "1.0",
                CloudEventHeaders.ID, id,
                CloudEventHeaders.SOURCE, "/test/producer",
                CloudEventHeaders.TYPE, type,
                CloudEventHeaders.TIME, "2026-11-27T10:00:00Z",
                CloudEventHeaders.CONTENT_TYPE, "application/json");
    }
}
