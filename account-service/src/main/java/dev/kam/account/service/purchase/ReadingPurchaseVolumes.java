package dev.kam.account.service.purchase;

import dev.kam.account.domain.access.AccountAction;
import dev.kam.account.domain.purchase.PurchaseVolume;
import dev.kam.account.domain.purchase.VolumeComparison;
import dev.kam.account.repository.AccountEntity;
import dev.kam.account.repository.PurchaseVolumeEntity;
import dev.kam.account.repository.PurchaseVolumeRepository;
import dev.kam.account.service.access.AccountAccess;
import dev.kam.kernel.period.ComparisonRule;
import dev.kam.kernel.period.Period;
import dev.kam.kernel.period.PeriodType;
import dev.kam.plumbing.paging.Cursor;
import dev.kam.plumbing.paging.KeysetPages;
import dev.kam.plumbing.paging.Page;
import dev.kam.plumbing.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/**
 * Reads an account's purchase volumes and compares a period with its comparable one. Volumes are
 * part of the non-personal summary, so marketing sees them too.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ReadingPurchaseVolumes {

    private final AccountAccess access;
    private final PurchaseVolumeRepository volumes;

    ReadingPurchaseVolumes(AccountAccess access, PurchaseVolumeRepository volumes) {
        this.access = access;
        this.volumes = volumes;
    }

    /** Volumes in period order; {@code periodType}, {@code from} and {@code to} are each optional (null). */
    public Page<PurchaseVolumeView> list(UUID accountId, PeriodType periodType, Period from, Period to, int limit,
            String cursor) {
        access.require(accountId, AccountAction.VIEW_SUMMARY);
        Cursor after = KeysetPages.after(cursor, 2);
        List<PurchaseVolumeEntity> rows = volumes.pageOf(accountId,
                periodType,
                from == null ? null : from.start(),
                to == null ? null : to.endExclusive(),
                after == null ? null : KeysetPages.date(after, 0), after == null ? null : KeysetPages.text(after, 1),
                limit + 1);
        return KeysetPages.page(rows, limit,
                last -> Cursor.of(last.periodStart.toString(), last.period()), PurchaseVolumeView::of);
    }

    public PurchaseVolumeView one(UUID accountId, Period period) {
        access.require(accountId, AccountAction.VIEW_SUMMARY);
        String normalised = period.format();
        return volumes.findFor(accountId, normalised)
                .map(PurchaseVolumeView::of)
                .orElseThrow(() -> ProblemException.notFound("A purchase volume for " + normalised));
    }

    /** The period against its comparable one; the rule is the account's own unless the caller names one. */
    public VolumeComparisonView compare(UUID accountId, Period compared, ComparisonRule rule) {
        AccountEntity account = access.require(accountId, AccountAction.VIEW_SUMMARY);
        ComparisonRule applied = rule == null ? ruleOf(account) : rule;
        List<PurchaseVolume> history = volumes.historyOf(accountId).stream()
                .map(PurchaseVolumeEntity::toVolume).toList();
        VolumeComparison comparison = VolumeComparison.of(compared, history, applied)
                .orElseThrow(() -> ProblemException.notFound("A purchase volume for " + compared));
        return VolumeComparisonView.of(comparison, applied);
    }

    private static ComparisonRule ruleOf(AccountEntity account) {
        return account.comparisonRule != null ? account.comparisonRule : ComparisonRule.defaultRule();
    }
}
