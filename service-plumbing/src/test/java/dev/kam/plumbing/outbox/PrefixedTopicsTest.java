package dev.kam.plumbing.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kam.plumbing.testapp.TestKafka;
import dev.kam.plumbing.testapp.TestTopics;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A copy with a topic prefix (bench/scale's) publishes beside the suite's topics, never on them. */
@QuarkusTest
@TestProfile(PrefixedTopicsTest.CopyWithPrefix.class)
public class PrefixedTopicsTest {

    static final String PREFIX = "bench-copy.";

    public static class CopyWithPrefix implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("kam.outbox.topic-prefix", PREFIX);
        }
    }

    @Inject
    Outbox outbox;

    @Test
    void eventsGoToThePrefixedTopicAndNotToTheSuitesOwn() {
        String key = UUID.randomUUID().toString();
        try (var prefixed = TestKafka.consumerFromStart(PREFIX + TestTopics.OUTBOX);
             var suites = TestKafka.consumerFromStart(TestTopics.OUTBOX)) {
            QuarkusTransaction.requiringNew().run(() -> outbox.record(TestTopics.REGISTERED_ON_TEST_TOPIC, key,
                    "account/" + key, OutboxRelayTest.registered(key)));

            assertThat(TestKafka.poll(prefixed, record -> key.equals(record.key()), 1, Duration.ofSeconds(30)))
                    .hasSize(1);
            assertThat(TestKafka.poll(suites, record -> key.equals(record.key()), 1, Duration.ofSeconds(3)))
                    .isEmpty();
        }
    }
}
