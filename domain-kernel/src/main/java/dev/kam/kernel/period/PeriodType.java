package dev.kam.kernel.period;

/** The lengths of period purchase volumes are recorded and compared in. */
public enum PeriodType {
    MONTH(1),
    QUARTER(3),
    HALF_YEAR(6),
    YEAR(12);

    private final int months;

    PeriodType(int months) {
        this.months = months;
    }

    public int months() {
        return months;
    }

    public int periodsPerYear() {
        return 12 / months;
    }
}
