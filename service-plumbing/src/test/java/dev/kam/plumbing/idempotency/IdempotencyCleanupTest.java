package dev.kam.plumbing.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kam.plumbing.schedule.OneReplicaAtATime;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Idempotency records past their retention go, by the scheduled clean-up of one pod at a time. */
@QuarkusTest
class IdempotencyCleanupTest {

    @Inject
    IdempotencyCleanup cleanup;

    @Inject
    OneReplicaAtATime oneReplica;

    @Inject
    EntityManager entityManager;

    @Test
    void theScheduledCleanupRemovesExpiredRecordsUnlessAnotherPodIsCleaningUp() {
        String caller = UUID.randomUUID().toString();
        insertRecord(caller, "expired", "now() - interval '25 hours'");
        insertRecord(caller, "recent", "now() - interval '1 hour'");

        // the outer run stands for another pod cleaning up at this moment
        oneReplica.runAlone(IdempotencyCleanup.JOB, cleanup::onSchedule);
        assertThat(recordsOf(caller)).isEqualTo(2);

        cleanup.onSchedule();
        assertThat(recordsOf(caller)).isOne();
    }

    private void insertRecord(String caller, String key, String createdAt) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                        insert into idempotency_record (caller_id, idem_key, operation, request_hash, created_at)
                        values (:caller, :key, 'POST /notes', repeat('0', 64), %s)""".formatted(createdAt))
                .setParameter("caller", caller)
                .setParameter("key", key)
                .executeUpdate());
    }

    private long recordsOf(String caller) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from idempotency_record where caller_id = :caller")
                .setParameter("caller", caller)
                .getSingleResult()).longValue());
    }
}
