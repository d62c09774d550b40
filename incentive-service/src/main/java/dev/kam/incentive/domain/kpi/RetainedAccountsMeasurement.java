package dev.kam.incentive.domain.kpi;

import dev.kam.incentive.domain.purchase.PurchaseLedger;
import dev.kam.kernel.AccountId;
import java.math.BigDecimal;
import java.util.List;

/**
 * How many of the employee's accounts that bought in the comparable period bought again in this one:
 * a key account kept. Accounts new since then are not counted either way.
 */
public final class RetainedAccountsMeasurement implements KpiMeasurement {

    @Override
    public KpiActual measure(ContributionScope scope, PurchaseLedger ledger) {
        PortfolioVolumes volumes = PortfolioVolumes.of(scope, ledger);
        List<PortfolioVolumes.AccountVolumes> before = volumes.counted().stream()
                .filter(v -> v.previous().map(m -> m.isPositive()).orElse(false))
                .toList();
        List<AccountId> lost = before.stream()
                .filter(v -> v.current().map(m -> !m.isPositive()).orElse(true))
                .map(PortfolioVolumes.AccountVolumes::account)
                .toList();
        int retained = before.size() - lost.size();
        return KpiActual.measured(KpiMeasure.RETAINED_ACCOUNTS, BigDecimal.valueOf(retained), retained + " of "
                + before.size() + " accounts that bought in " + scope.comparable() + " bought again in " + scope.period()
                + (lost.isEmpty() ? "" : "; not again: " + lost) + volumes.setAside());
    }
}
