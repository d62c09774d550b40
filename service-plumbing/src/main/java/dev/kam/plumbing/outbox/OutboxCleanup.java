package dev.kam.plumbing.outbox;

import dev.kam.plumbing.schedule.OneReplicaAtATime;
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

    /** The scheduled job's name, which is also its lock's. */
    static final String JOB = "outbox-cleanup";

    private final EntityManager entityManager;
    private final OutboxConfig config;
    private final Clock clock;
    private final OneReplicaAtATime oneReplica;

    OutboxCleanup(EntityManager entityManager, OutboxConfig config, Clock clock, OneReplicaAtATime oneReplica) {
        this.entityManager = entityManager;
        this.config = config;
        this.clock = clock;
        this.oneReplica = oneReplica;
    }

    @Scheduled(identity = JOB, every = "${kam.outbox.cleanup-interval:1h}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        // One pod is enough; pods started together would otherwise delete the same rows at the same moment.
        oneReplica.runAlone(JOB, this::removeSentEvents);
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
