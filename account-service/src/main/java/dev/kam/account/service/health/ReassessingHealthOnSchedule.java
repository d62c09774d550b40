package dev.kam.account.service.health;

import dev.kam.account.repository.AccountRepository;
import dev.kam.plumbing.schedule.OneReplicaAtATime;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/**
 * Time alone cools a relationship (contact falls overdue, problems age, plan actions pass their due
 * date), so every account that is not LOST is reassessed on a schedule, each in a transaction of its
 * own: one failing account does not stop the others. With several pods the scheduled pass runs in one
 * of them at a time (docs/adr/0024): each pass would reassess the whole portfolio again.
 */
@ApplicationScoped
public class ReassessingHealthOnSchedule {

    /** What one pass did. */
    public record Pass(int accounts, int reassessed, int failedOrSkipped) {
    }

    /** The scheduled job's name, which is also its lock's. */
    static final String JOB = "health-reassessment";

    private final AccountRepository accounts;
    private final AssessingAccountHealth health;
    private final OneReplicaAtATime oneReplica;

    ReassessingHealthOnSchedule(AccountRepository accounts, AssessingAccountHealth health,
            OneReplicaAtATime oneReplica) {
        this.accounts = accounts;
        this.health = health;
        this.oneReplica = oneReplica;
    }

    @Scheduled(identity = JOB, every = "${kam.health.reassess-interval:15m}",
            delayed = "${kam.health.reassess-delay:1m}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        oneReplica.runAlone(JOB, this::reassessAll);
    }

    public Pass reassessAll() {
        long started = System.nanoTime();
        List<UUID> accountIds = QuarkusTransaction.requiringNew().call(accounts::idsNotLost);
        int reassessed = 0;
        for (UUID accountId : accountIds) {
            if (health.reassessInBackground(accountId)) {
                reassessed++;
            }
        }
        Pass pass = new Pass(accountIds.size(), reassessed, accountIds.size() - reassessed);
        // the duration is what bench/scale/run.sh (issue 11 P4) reports as the full recomputation
        Log.infof("Scheduled health pass: %d accounts, %d reassessed, %d failed or skipped, in %.1f s",
                pass.accounts(), pass.reassessed(), pass.failedOrSkipped(), (System.nanoTime() - started) / 1e9);
        return pass;
    }
}
