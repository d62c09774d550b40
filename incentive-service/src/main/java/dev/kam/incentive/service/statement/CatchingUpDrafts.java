package dev.kam.incentive.service.statement;

import dev.kam.incentive.repository.DraftFollowUpRepository;
import dev.kam.incentive.repository.DraftFollowUpRepository.Due;
import dev.kam.plumbing.schedule.CoalescedWakeUps;
import dev.kam.plumbing.schedule.OneReplicaAtATime;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Works off the drafts purchases and team changes asked to follow up, in one replica at a time: each
 * waiting draft is recomputed once, in a transaction of its own, however many events asked for it
 * since the last run (docs/adr/0032). It is woken right after a commit that asked, and runs on a
 * schedule as the safety net. A draft that fails is logged and tried again next run; the others go on.
 */
@ApplicationScoped
public class CatchingUpDrafts {

    static final String JOB = "incentive-service.draft-catch-up";
    private static final int BATCH = 100;

    private final DraftFollowUpRepository followUps;
    private final FollowingTheFacts following;
    private final OneReplicaAtATime oneReplica;

    private final boolean onCommit;
    private final CoalescedWakeUps wakeUps = new CoalescedWakeUps(JOB, this::runAlone);

    CatchingUpDrafts(DraftFollowUpRepository followUps, FollowingTheFacts following, OneReplicaAtATime oneReplica,
            @ConfigProperty(name = "kam.statements.catch-up-on-commit", defaultValue = "true") boolean onCommit) {
        this.followUps = followUps;
        this.following = following;
        this.oneReplica = oneReplica;
        this.onCommit = onCommit;
    }

    void afterRequested(@Observes(during = TransactionPhase.AFTER_SUCCESS) DraftFollowUpsRequested requested) {
        if (onCommit) {
            wakeUps.wakeUp();
        }
    }

    @Scheduled(identity = JOB, every = "${kam.statements.catch-up-interval:1s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void onSchedule() {
        runAlone();
    }

    void stop(@Observes ShutdownEvent event) {
        wakeUps.stop();
    }

    private void runAlone() {
        oneReplica.runAlone(JOB, this::catchUp);
    }

    /**
     * Recomputes every draft waiting now, and those asked for again while this runs; returns how many
     * follow-ups were done. A follow-up that fails stays waiting for the next run.
     */
    public int catchUp() {
        int done = 0;
        long after = 0;
        List<Due> due;
        do {
            long from = after;
            due = QuarkusTransaction.requiringNew().call(() -> followUps.dueAfter(from, BATCH));
            for (Due each : due) {
                after = each.requested();
                if (followUp(each)) {
                    done++;
                }
            }
        } while (due.size() == BATCH);
        return done;
    }

    private boolean followUp(Due due) {
        try {
            QuarkusTransaction.requiringNew().run(() -> following.followUp(due));
            return true;
        } catch (RuntimeException e) {
            Log.warnf(e, "The draft of plan %s could not follow up; it is tried again next run", due.planId());
            return false;
        }
    }
}
