package dev.kam.incentive.domain.kpi;

import dev.kam.incentive.domain.purchase.PurchaseLedger;

/** How one kind of KPI is measured from the purchase facts of the employee's accounts. */
public interface KpiMeasurement {

    KpiActual measure(ContributionScope scope, PurchaseLedger ledger);

    static KpiMeasurement of(KpiMeasure measure) {
        if (measure == null) {
            throw new IllegalArgumentException("A measure is required");
        }
        return switch (measure) {
            case PURCHASE_VOLUME -> new PurchaseVolumeMeasurement();
            case VOLUME_GROWTH -> new VolumeGrowthMeasurement();
            case RETAINED_ACCOUNTS -> new RetainedAccountsMeasurement();
        };
    }
}
