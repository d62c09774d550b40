package dev.kam.incentive.domain.kpi;

import dev.kam.incentive.domain.purchase.PurchaseLedger;
import dev.kam.kernel.Money;
import dev.kam.kernel.Percentage;
import java.util.Optional;

/**
 * Growth of the employee's accounts' purchases against the comparable period, in percent to one
 * decimal (half up). A new account's first purchases count as growth - the company earns more.
 * Without any purchases recorded in the comparable period, or with none bought, there is nothing to
 * grow from and the KPI cannot be measured.
 */
public final class VolumeGrowthMeasurement implements KpiMeasurement {

    @Override
    public KpiActual measure(ContributionScope scope, PurchaseLedger ledger) {
        PortfolioVolumes volumes = PortfolioVolumes.of(scope, ledger);
        Money current = volumes.currentTotal(scope);
        Optional<Money> previous = volumes.previousTotal().filter(Money::isPositive);
        if (previous.isEmpty()) {
            return KpiActual.notMeasurable(KpiMeasure.VOLUME_GROWTH, "no purchases recorded in "
                    + scope.comparable() + " to compare " + scope.period() + " with" + volumes.setAside());
        }
        Percentage growth = Percentage.ratio(current.amount().subtract(previous.get().amount()), previous.get().amount());
        return KpiActual.measured(KpiMeasure.VOLUME_GROWTH, growth.value(), "growth " + growth + ": " + current
                + " in " + scope.period() + " against " + previous.get() + " in " + scope.comparable() + volumes.setAside());
    }
}
