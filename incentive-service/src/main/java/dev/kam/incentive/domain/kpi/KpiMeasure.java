package dev.kam.incentive.domain.kpi;

/**
 * What a KPI measures of the employee's contribution ("the company earns more - I earn more"), over
 * the accounts they serve in the plan's period. The unit says how thresholds and targets are written.
 */
public enum KpiMeasure {
    /** What the employee's accounts bought in the period, in the plan's currency. */
    PURCHASE_VOLUME("amount"),
    /** Growth of that volume against the comparable period, in percent. */
    VOLUME_GROWTH("percent"),
    /** Accounts that bought in the comparable period and bought again in this one. */
    RETAINED_ACCOUNTS("accounts");

    private final String unit;

    KpiMeasure(String unit) {
        this.unit = unit;
    }

    public String unit() {
        return unit;
    }
}
