package dev.kam.incentive.domain.bonus;

import dev.kam.kernel.AccountId;
import dev.kam.kernel.BoundedText;
import dev.kam.kernel.DomainRuleViolation;
import dev.kam.kernel.Money;
import dev.kam.kernel.UserId;
import dev.kam.kernel.period.ComparisonRule;
import dev.kam.kernel.period.Period;
import dev.kam.kernel.period.PeriodType;
import java.time.LocalDate;
import java.util.Set;

/**
 * A one-off payment for staff outside the key account team (DOMAIN.md section 3): when a named group
 * of key accounts keeps buying in a half-year or year at no less than in the comparable period, each
 * eligible employee receives {@code amountPerEmployee}.
 */
public record RetentionBonusProgram(
        String name,
        Set<AccountId> group,
        Period period,
        Set<UserId> eligible,
        Money amountPerEmployee,
        ComparisonRule rule,
        RetentionScope scope) {

    public static final int NAME_MAX = 120;
    public static final String BONUS_PERIOD_RULE = "bonus-period";

    public RetentionBonusProgram {
        name = BoundedText.required(name, "programme name", NAME_MAX);
        if (group == null || group.isEmpty()) {
            throw new IllegalArgumentException("A programme names at least one key account");
        }
        if (eligible == null || eligible.isEmpty()) {
            throw new IllegalArgumentException("A programme names at least one eligible employee");
        }
        if (period == null || rule == null || scope == null) {
            throw new IllegalArgumentException("Period, comparison rule and scope are required");
        }
        if (period.type() != PeriodType.HALF_YEAR && period.type() != PeriodType.YEAR) {
            throw new DomainRuleViolation(BONUS_PERIOD_RULE,
                    "Retention bonuses run for a half-year or a year, not a " + period.type() + " (" + period + ")");
        }
        if (amountPerEmployee == null || !amountPerEmployee.isPositive()) {
            throw new IllegalArgumentException("The bonus amount must be more than zero");
        }
        group = Set.copyOf(group);
        eligible = Set.copyOf(eligible);
    }

    /** With the defaults: year over year, judged on the group's total. */
    public static RetentionBonusProgram of(String name, Set<AccountId> group, Period period, Set<UserId> eligible,
            Money amountPerEmployee) {
        return new RetentionBonusProgram(name, group, period, eligible, amountPerEmployee,
                ComparisonRule.defaultRule(), RetentionScope.GROUP_TOTAL);
    }

    public Period comparable() {
        return rule.comparableTo(period);
    }

    /** Whether the period is over on {@code today}: from then on the programme can be evaluated. */
    public boolean hasClosedBy(LocalDate today) {
        return !today.isBefore(period.endExclusive());
    }
}
