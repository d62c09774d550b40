package dev.kam.incentive.domain.kpi;

import dev.kam.kernel.AccountId;
import dev.kam.kernel.period.ComparisonRule;
import dev.kam.kernel.period.Period;
import java.util.Currency;
import java.util.Set;

/**
 * Whose contribution a KPI measures: the accounts the employee served in the period, the period, the
 * comparison rule for growth, and the plan's currency (there is no exchange rate in this model, so
 * purchases in another currency are left out and named).
 */
public record ContributionScope(Set<AccountId> accounts, Period period, ComparisonRule rule, Currency currency) {

    public ContributionScope {
        if (accounts == null || period == null || rule == null || currency == null) {
            throw new IllegalArgumentException("Accounts (may be empty), period, comparison rule and currency are required");
        }
        accounts = Set.copyOf(accounts);
    }

    public Period comparable() {
        return rule.comparableTo(period);
    }
}
