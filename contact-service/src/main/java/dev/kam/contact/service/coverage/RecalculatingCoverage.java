package dev.kam.contact.service.coverage;

import dev.kam.contact.domain.coverage.CoverageFigures;
import dev.kam.contact.event.StakeholderEventMapping;
import dev.kam.contact.repository.CoverageSnapshotEntity;
import dev.kam.contact.repository.CoverageSnapshotRepository;
import dev.kam.events.stakeholder.StakeholderEvents;
import dev.kam.kernel.AccountId;
import dev.kam.plumbing.outbox.Outbox;
import dev.kam.plumbing.replica.AccountReplicaEntity;
import dev.kam.plumbing.replica.AccountReplicaRepository;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * After any change to an account's people, roles, relationships or team: recomputes the coverage
 * figures and, when they differ from the ones last published, publishes
 * {@code dev.kam.stakeholder.coverage-changed.v1} in the same transaction (account-service's health
 * reads it).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class RecalculatingCoverage {

    private final AccountReplicaRepository accounts;
    private final ReadingBuyingCentreFacts facts;
    private final CoverageSnapshotRepository snapshots;
    private final Outbox outbox;
    private final Clock clock;

    RecalculatingCoverage(AccountReplicaRepository accounts, ReadingBuyingCentreFacts facts,
            CoverageSnapshotRepository snapshots, Outbox outbox, Clock clock) {
        this.accounts = accounts;
        this.facts = facts;
        this.snapshots = snapshots;
        this.outbox = outbox;
        this.clock = clock;
    }

    public void recalculate(UUID accountId) {
        AccountReplicaEntity account = accounts.findById(accountId);
        if (account == null) {
            return;
        }
        CoverageFigures figures = facts.of(account).coverage().figures();
        CoverageSnapshotEntity last = snapshots.findById(accountId);
        if (last == null && figures.stakeholderCount() == 0) {
            return; // nothing mapped yet and nothing announced: no news
        }
        if (last != null && figures.equals(new CoverageFigures(last.stakeholderCount, last.leaderCovered,
                last.onlyButlerReachable, last.relationshipHolders))) {
            return;
        }
        Instant now = Instant.now(clock);
        CoverageSnapshotEntity snapshot = last == null ? new CoverageSnapshotEntity() : last;
        snapshot.accountId = accountId;
        snapshot.stakeholderCount = figures.stakeholderCount();
        snapshot.leaderCovered = figures.leaderCovered();
        snapshot.onlyButlerReachable = figures.onlyButlerReachable();
        snapshot.relationshipHolders = figures.relationshipHolders();
        snapshot.assessedAt = now;
        if (last == null) {
            snapshots.persist(snapshot);
        }
        outbox.record(StakeholderEvents.COVERAGE_CHANGED, accountId.toString(), accountId.toString(),
                StakeholderEventMapping.coverageChanged(new AccountId(accountId), figures, now));
        Log.infof("Coverage of account %s changed: %s", accountId, figures);
    }
}
