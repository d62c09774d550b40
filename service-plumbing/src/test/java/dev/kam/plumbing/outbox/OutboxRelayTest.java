package dev.kam.plumbing.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kam.events.CloudEventHeaders;
import dev.kam.events.EventSchemaValidator;
import dev.kam.events.account.AccountRegistered;
import dev.kam.plumbing.schedule.OneReplicaAtATime;
import dev.kam.plumbing.testapp.TestKafka;
import dev.kam.plumbing.testapp.TestTopics;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** The outbox on the real PostgreSQL and Kafka: committed changes publish, rolled-back ones never do. */
@QuarkusTest
public class OutboxRelayTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Inject
    Outbox outbox;

    @Inject
    OutboxCleanup cleanup;

    @Inject
    EntityManager entityManager;

    @Inject
    OneReplicaAtATime oneReplica;

    @Test
    void anEventRecordedWithACommittedChangeIsPublishedWithItsCloudEventsAttributes() {
        String key = UUID.randomUUID().toString();
        try (var consumer = TestKafka.consumerFromStart(TestTopics.OUTBOX)) {
            UUID id = QuarkusTransaction.requiringNew().call(() -> {
                insertNote("registered " + key);
                return outbox.record(TestTopics.REGISTERED_ON_TEST_TOPIC, key, "account/" + key, registered(key));
            });

            List<ConsumerRecord<String, String>> received =
                    TestKafka.poll(consumer, record -> key.equals(record.key()), 1, PATIENCE);

            assertThat(received).hasSize(1);
            ConsumerRecord<String, String> record = received.get(0);
            assertThat(TestKafka.header(record, CloudEventHeaders.SPEC_VERSION)).isEqualTo("1.0");
            assertThat(TestKafka.header(record, CloudEventHeaders.ID)).isEqualTo(id.toString());
            assertThat(TestKafka.header(record, CloudEventHeaders.TYPE)).isEqualTo("dev.kam.account.registered.v1");
            assertThat(TestKafka.header(record, CloudEventHeaders.SOURCE)).isEqualTo("/kam/plumbing-test");
            assertThat(TestKafka.header(record, CloudEventHeaders.SUBJECT)).isEqualTo("account/" + key);
            assertThat(TestKafka.header(record, CloudEventHeaders.CONTENT_TYPE)).isEqualTo("application/json");
            assertThat(Instant.parse(TestKafka.header(record, CloudEventHeaders.TIME)))
                    .isBetween(Instant.now().minus(PATIENCE), Instant.now());
            assertThat(EventSchemaValidator.violations("dev.kam.account.registered.v1", record.value())).isEmpty();
        }
    }

    @Test
    void anEventRecordedInARolledBackTransactionIsNeverPublished() {
        String key = UUID.randomUUID().toString();
        try (var consumer = TestKafka.consumerFromStart(TestTopics.OUTBOX)) {
            assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
                insertNote("doomed " + key);
                outbox.record(TestTopics.REGISTERED_ON_TEST_TOPIC, key, "rolled-back", registered(key));
                throw new IllegalStateException("the change is refused");
            })).hasMessageContaining("refused");
            // A later committed event on the same key travels the same partition, so once it is
            // read, anything recorded before it would have been read too.
            QuarkusTransaction.requiringNew().run(() ->
                    outbox.record(TestTopics.REGISTERED_ON_TEST_TOPIC, key, "committed-later", registered(key)));

            List<ConsumerRecord<String, String>> received = TestKafka.poll(consumer,
                    record -> key.equals(record.key()) && "committed-later".equals(subject(record)), 1, PATIENCE);

            assertThat(received).hasSize(1);
            assertThat(countRows("select count(*) from outbox_event where subject = 'rolled-back' and event_key = '"
                    + key + "'")).isZero();
            assertThat(countRows("select count(*) from note where text = 'doomed " + key + "'")).isZero();
        }
        try (var consumer = TestKafka.consumerFromStart(TestTopics.OUTBOX)) {
            List<ConsumerRecord<String, String>> all =
                    TestKafka.poll(consumer, record -> key.equals(record.key()), 2, Duration.ofSeconds(5));
            assertThat(all).extracting(OutboxRelayTest::subject).containsExactly("committed-later");
        }
    }

    @Test
    void relayedEventsAreRemovedOnceTheirRetentionHasPassedAndUnsentOnesStay() {
        String key = UUID.randomUUID().toString();
        UUID id = QuarkusTransaction.requiringNew().call(() ->
                outbox.record(TestTopics.REGISTERED_ON_TEST_TOPIC, key, "to-clean", registered(key)));
        org.awaitility.Awaitility.await().atMost(PATIENCE)
                .until(() -> countRows("select count(*) from outbox_event where sent_at is not null and id = '"
                        + id + "'") == 1);
        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("update outbox_event set sent_at = now() - interval '8 days' where id = :id")
                .setParameter("id", id)
                .executeUpdate());

        int removed = cleanup.removeSentEvents();

        assertThat(removed).isGreaterThanOrEqualTo(1);
        assertThat(countRows("select count(*) from outbox_event where id = '" + id + "'")).isZero();
    }

    @Test
    void theScheduledCleanupLeavesTheRowsAloneWhileAnotherPodCleansUp() {
        UUID id = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                        insert into outbox_event (id, topic, event_key, event_type, subject, occurred_at, payload, sent_at)
                        values (:id, 'kam.plumbing-test.outbox.v1', 'k', 'dev.kam.test.v1', 's',
                            now() - interval '9 days', '{}', now() - interval '8 days')""")
                .setParameter("id", id)
                .executeUpdate());
        String row = "select count(*) from outbox_event where id = '" + id + "'";

        // the outer run stands for another pod cleaning up at this moment
        oneReplica.runAlone(OutboxCleanup.JOB, cleanup::onSchedule);
        assertThat(countRows(row)).isOne();

        cleanup.onSchedule();
        assertThat(countRows(row)).isZero();
    }

    private void insertNote(String text) {
        entityManager.createNativeQuery("insert into note (id, text) values (:id, :text)")
                .setParameter("id", UUID.randomUUID())
                .setParameter("text", text)
                .executeUpdate();
    }

    private long countRows(String sql) {
        return QuarkusTransaction.requiringNew().call(() ->
                ((Number) entityManager.createNativeQuery(sql).getSingleResult()).longValue());
    }

    public static AccountRegistered registered(String accountId) {
        return new AccountRegistered(accountId, "Acme Industrial", "DE-" + accountId.substring(0, 8), "Machinery",
                "Strategic", "Munich", "PROSPECT", "INDEPENDENT", "00000000-0000-4000-8000-000000000001",
                Instant.now());
    }

    private static String subject(ConsumerRecord<String, String> record) {
        return TestKafka.header(record, CloudEventHeaders.SUBJECT);
    }
}
