package dev.kam.account.service.health;

import dev.kam.account.domain.access.AccountAction;
import dev.kam.account.repository.AccountEntity;
import dev.kam.account.repository.HealthSnapshotEntity;
import dev.kam.account.repository.HealthSnapshotRepository;
import dev.kam.account.service.access.AccountAccess;
import dev.kam.plumbing.paging.Cursor;
import dev.kam.plumbing.paging.KeysetPages;
import dev.kam.plumbing.paging.Page;
import dev.kam.plumbing.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The account's current health (score, band and causes are part of the non-personal summary) and
 * its history, newest first (the trend is dossier reading).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ReadingAccountHealth {


    private final AccountAccess access;
    private final HealthSnapshotRepository snapshots;
    private final AssessingAccountHealth assessing;

    ReadingAccountHealth(AccountAccess access, HealthSnapshotRepository snapshots, AssessingAccountHealth assessing) {
        this.access = access;
        this.snapshots = snapshots;
        this.assessing = assessing;
    }

    public HealthView current(UUID accountId) {
        AccountEntity account = access.require(accountId, AccountAction.VIEW_SUMMARY);
        // the latest history point is the current assessment; the account row says when it was last confirmed
        HealthSnapshotEntity latest = snapshots.latestOf(accountId)
                .orElseThrow(() -> ProblemException.notFound("A health assessment of account " + accountId
                        + " (none yet: ask for one with POST .../health/assessments)"));
        Instant assessedAt = account.healthAssessedAt != null ? account.healthAssessedAt : latest.assessedAt;
        return HealthView.of(accountId, assessing.assessmentOf(latest), assessedAt);
    }

    public Page<HealthHistoryEntryView> history(UUID accountId, int limit, String cursor) {
        access.require(accountId, AccountAction.VIEW_DOSSIER);
        Cursor after = KeysetPages.after(cursor, 2);
        List<HealthSnapshotEntity> rows = snapshots.pageOf(accountId, KeysetPages.instant(after, 0),
                KeysetPages.id(after, 1), limit + 1);
        return KeysetPages.page(rows, limit,
                last -> Cursor.of(last.assessedAt.toString(), last.id.toString()),
                row -> HealthHistoryEntryView.of(row, assessing.assessmentOf(row)));
    }
}
