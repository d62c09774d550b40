package dev.kam.incentive.domain.bonus;

import dev.kam.kernel.Money;
import dev.kam.kernel.period.Period;
import java.util.List;
import java.util.Optional;

/**
 * The result of evaluating a programme at period close: every account's verdict, the group totals
 * compared (accounts with a baseline only), whether it pays, to whom, and why in one sentence.
 */
public record RetentionBonusOutcome(
        Period period,
        Period comparedWith,
        RetentionScope scope,
        List<AccountRetention> accounts,
        Optional<Money> groupCurrent,
        Optional<Money> groupPrevious,
        boolean pays,
        List<BonusAward> awards,
        String explanation) {

    public RetentionBonusOutcome {
        if (period == null || comparedWith == null || scope == null || accounts == null || groupCurrent == null
                || groupPrevious == null || awards == null || explanation == null) {
            throw new IllegalArgumentException("Every part of the outcome is required (lists may be empty)");
        }
        if (pays == awards.isEmpty()) {
            throw new IllegalArgumentException("An outcome pays exactly when it has awards");
        }
        accounts = List.copyOf(accounts);
        awards = List.copyOf(awards);
    }

    public List<AccountRetention> withVerdict(AccountVerdict verdict) {
        return accounts.stream().filter(a -> a.verdict() == verdict).toList();
    }
}
