package dev.kam.plumbing.outbox;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;

/** Removes relayed events once their retention has passed. */
@ApplicationScoped
public class OutboxCleanup {

    private final EntityManager entityManager;
    private final OutboxConfig config;
    private final Clock clock;

    OutboxCleanup(EntityManager entityManager, OutboxConfig config, Clock clock) {
        this.entityManager = entityManager;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(every = "${kam.outbox.cleanup-interval:1h}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        removeSentEvents();
    }

    /** Deletes the events sent before the retention cut-off; returns how many. */
    @Transactional
    public int removeSentEvents() {
        Instant cutoff = Instant.now(clock).minus(config.retention());
        int removed = entityManager.createQuery("delete from OutboxEvent where sentAt < :cutoff")
                .setParameter("cutoff", cutoff)
                .executeUpdate();
        if (removed > 0) {
            Log.infof("Removed %d relayed outbox events sent before %s", removed, cutoff);
        }
        return removed;
    }
}
