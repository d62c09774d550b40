package dev.kam.incentive.domain.kpi;

import dev.kam.incentive.domain.purchase.PurchaseLedger;
import dev.kam.kernel.Money;

/** The sum of what the employee's accounts bought in the period; an account with no record bought nothing. */
public final class PurchaseVolumeMeasurement implements KpiMeasurement {

    @Override
    public KpiActual measure(ContributionScope scope, PurchaseLedger ledger) {
        PortfolioVolumes volumes = PortfolioVolumes.of(scope, ledger);
        Money total = volumes.currentTotal(scope);
        return KpiActual.measured(KpiMeasure.PURCHASE_VOLUME, total.amount(), "purchases of "
                + volumes.counted().size() + " accounts in " + scope.period() + ": " + total + volumes.setAside());
    }
}
