package dev.kam.plumbing.idempotency;

import dev.kam.plumbing.schedule.OneReplicaAtATime;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;

/** Removes idempotency records past their retention; a retry after that is a new request. */
@ApplicationScoped
public class IdempotencyCleanup {

    /** The scheduled job's name, which is also its lock's. */
    static final String JOB = "idempotency-cleanup";

    private final EntityManager entityManager;
    private final IdempotencyConfig config;
    private final Clock clock;
    private final OneReplicaAtATime oneReplica;

    IdempotencyCleanup(EntityManager entityManager, IdempotencyConfig config, Clock clock,
            OneReplicaAtATime oneReplica) {
        this.entityManager = entityManager;
        this.config = config;
        this.clock = clock;
        this.oneReplica = oneReplica;
    }

    @Scheduled(identity = JOB, every = "${kam.idempotency.cleanup-interval:1h}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        // Pods started together would otherwise delete the same rows at once, waiting on each other's locks.
        oneReplica.runAlone(JOB, this::removeExpired);
    }

    /** Deletes the records created before the retention cut-off; returns how many. */
    @Transactional
    public int removeExpired() {
        Instant cutoff = Instant.now(clock).minus(config.retention());
        int removed = entityManager.createQuery("delete from IdempotencyRecord where createdAt < :cutoff")
                .setParameter("cutoff", cutoff)
                .executeUpdate();
        if (removed > 0) {
            Log.infof("Removed %d idempotency records created before %s", removed, cutoff);
        }
        return removed;
    }
}
