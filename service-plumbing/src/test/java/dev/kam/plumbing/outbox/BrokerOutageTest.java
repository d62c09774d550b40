package dev.kam.plumbing.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kam.events.CloudEventHeaders;
import dev.kam.plumbing.testapp.LocalStack;
import dev.kam.plumbing.testapp.TestKafka;
import dev.kam.plumbing.testapp.TestTopics;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** The real broker is stopped while changes commit; their events wait and arrive, in order per key, once it is back. */
@QuarkusTest
class BrokerOutageTest {

    private static final int EVENTS = 30;

    @Inject
    Outbox outbox;

    @Inject
    OutboxRelay relay;

    @Inject
    OutboxMetrics metrics;

    @Test
    void eventsWrittenWhileTheBrokerIsDownArriveInOrderPerKeyAfterItReturns() {
        List<String> keys = List.of(UUID.randomUUID().toString(), UUID.randomUUID().toString(),
                UUID.randomUUID().toString());
        LocalStack.stop("kafka");
        try {
            for (int i = 0; i < EVENTS; i++) {
                String key = keys.get(i % keys.size());
                String subject = "seq-" + i;
                QuarkusTransaction.requiringNew().run(() ->
                        outbox.record(TestTopics.REGISTERED_ON_TEST_TOPIC, key, subject,
                                OutboxRelayTest.registered(key)));
            }
            relay.relayPending();
            assertThat(metrics.backlog()).as("events waiting while the broker is away").isGreaterThanOrEqualTo(EVENTS);
        } finally {
            LocalStack.start("kafka");
        }

        try (var consumer = TestKafka.consumerFromStart(TestTopics.OUTBOX)) {
            List<ConsumerRecord<String, String>> received = TestKafka.pollUntil(consumer,
                    record -> keys.contains(record.key()),
                    found -> found.stream().map(r -> TestKafka.header(r, CloudEventHeaders.ID)).distinct().count()
                            >= EVENTS,
                    Duration.ofSeconds(90));

            // What a consumer that de-duplicates on ce_id applies: each event's first delivery.
            Set<String> seen = new HashSet<>();
            Map<String, List<Integer>> sequenceByKey = new LinkedHashMap<>();
            received.stream()
                    .filter(record -> seen.add(TestKafka.header(record, CloudEventHeaders.ID)))
                    .forEach(record -> sequenceByKey.computeIfAbsent(record.key(), k -> new ArrayList<>())
                            .add(Integer.parseInt(TestKafka.header(record, CloudEventHeaders.SUBJECT).substring(4))));
            assertThat(seen).hasSize(EVENTS);
            assertThat(sequenceByKey).hasSize(keys.size());
            sequenceByKey.values().forEach(sequence -> assertThat(sequence).isSorted().doesNotHaveDuplicates());
            assertThat(sequenceByKey.values().stream().flatMap(List::stream).sorted().distinct())
                    .containsExactlyElementsOf(IntStream.range(0, EVENTS).boxed().toList());
        }
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            relay.relayPending();
            assertThat(metrics.backlog()).isZero();
        });
    }
}
