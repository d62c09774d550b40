package dev.kam.account.service.purchase;

import dev.kam.kernel.Money;
import dev.kam.account.domain.access.AccountAction;
import dev.kam.kernel.period.ComparisonRule;
import dev.kam.kernel.period.Period;
import dev.kam.kernel.period.PeriodType;
import dev.kam.account.domain.purchase.PurchaseVolume;
import dev.kam.account.domain.purchase.VolumeComparison;
import dev.kam.account.repository.AccountEntity;
import dev.kam.account.repository.PurchaseVolumeEntity;
import dev.kam.account.repository.PurchaseVolumeRepository;
import dev.kam.plumbing.paging.Cursor;
import dev.kam.plumbing.paging.KeysetPages;
import dev.kam.plumbing.paging.Page;
import dev.kam.plumbing.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import dev.kam.account.service.access.AccountAccess;

/**
 * Reads an account's purchase volumes and compares a period with its comparable one. Volumes are
 * part of the non-personal summary, so marketing sees them too.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ReadingPurchaseVolumes {

    /** A comparison and the rule it was made under. */
    public record Compared(VolumeComparison comparison, ComparisonRule rule) {
    }

    private final AccountAccess access;
    private final PurchaseVolumeRepository volumes;

    ReadingPurchaseVolumes(AccountAccess access, PurchaseVolumeRepository volumes) {
        this.access = access;
        this.volumes = volumes;
    }

    public Page<PurchaseVolumeEntity> list(UUID accountId, String periodType, String from, String to, int limit,
            String cursor) {
        access.require(accountId, AccountAction.VIEW_SUMMARY);
        StringBuilder query = new StringBuilder("key.accountId = :account");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("account", accountId);
        if (periodType != null && !periodType.isBlank()) {
            query.append(" and periodType = :type");
            parameters.put("type", periodTypeOf(periodType).name());
        }
        if (from != null && !from.isBlank()) {
            query.append(" and periodStart >= :from");
            parameters.put("from", Period.parse(from.strip()).start());
        }
        if (to != null && !to.isBlank()) {
            query.append(" and periodStart < :toEnd");
            parameters.put("toEnd", Period.parse(to.strip()).endExclusive());
        }
        Cursor after = KeysetPages.after(cursor, 2);
        if (after != null) {
            query.append(" and (periodStart < :afterStart"
                    + " or (periodStart = :afterStart and key.period < :afterPeriod))");
            parameters.put("afterStart", KeysetPages.date(after, 0));
            parameters.put("afterPeriod", KeysetPages.text(after, 1));
        }
        query.append(" order by periodStart desc, key.period desc");
        List<PurchaseVolumeEntity> rows = volumes.find(query.toString(), parameters).page(0, limit + 1).list();
        return KeysetPages.page(rows, limit,
                last -> Cursor.of(last.periodStart.toString(), last.period()), row -> row);
    }

    public PurchaseVolumeEntity one(UUID accountId, String period) {
        access.require(accountId, AccountAction.VIEW_SUMMARY);
        String normalised = Period.parse(period).format();
        return volumes.findFor(accountId, normalised)
                .orElseThrow(() -> ProblemException.notFound("A purchase volume for " + normalised));
    }

    /** The period against its comparable one; the rule is the account's own unless the caller names one. */
    public Compared compare(UUID accountId, String period, String rule) {
        AccountEntity account = access.require(accountId, AccountAction.VIEW_SUMMARY);
        Period compared = Period.parse(period);
        ComparisonRule applied = rule == null || rule.isBlank() ? ruleOf(account) : ruleNamed(rule);
        List<PurchaseVolume> history = volumes.historyOf(accountId).stream()
                .map(ReadingPurchaseVolumes::toDomain).toList();
        VolumeComparison comparison = VolumeComparison.of(compared, history, applied)
                .orElseThrow(() -> ProblemException.notFound("A purchase volume for " + compared));
        return new Compared(comparison, applied);
    }

    public static ComparisonRule ruleOf(AccountEntity account) {
        return Arrays.stream(ComparisonRule.values())
                .filter(candidate -> candidate.name().equals(account.comparisonRule))
                .findFirst()
                .orElse(ComparisonRule.defaultRule());
    }

    public static PurchaseVolume toDomain(PurchaseVolumeEntity entity) {
        return new PurchaseVolume(Period.parse(entity.period()),
                Money.of(entity.amount, Money.currency(entity.currency)), Optional.ofNullable(entity.quantity));
    }

    private static ComparisonRule ruleNamed(String rule) {
        return Arrays.stream(ComparisonRule.values())
                .filter(candidate -> candidate.name().equals(rule.strip()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("rule must be one of " + Arrays.stream(
                        ComparisonRule.values()).map(Enum::name).collect(Collectors.joining(", "))));
    }

    private static PeriodType periodTypeOf(String type) {
        return Arrays.stream(PeriodType.values())
                .filter(candidate -> candidate.name().equals(type.strip()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("periodType must be one of " + Arrays.stream(
                        PeriodType.values()).map(Enum::name).collect(Collectors.joining(", "))));
    }
}
