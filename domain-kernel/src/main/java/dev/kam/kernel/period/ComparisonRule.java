package dev.kam.kernel.period;

/**
 * Which earlier period a period's purchases are measured against ("not lower than the previous
 * comparable period"). The same period a year earlier is the default because it cancels out
 * seasonality; for a YEAR both rules give the previous year.
 */
public enum ComparisonRule {
    SAME_PERIOD_PREVIOUS_YEAR,
    PRECEDING_PERIOD;

    public static ComparisonRule defaultRule() {
        return SAME_PERIOD_PREVIOUS_YEAR;
    }

    public Period comparableTo(Period period) {
        if (period == null) {
            throw new IllegalArgumentException("Period is required");
        }
        return switch (this) {
            case SAME_PERIOD_PREVIOUS_YEAR -> period.sameLastYear();
            case PRECEDING_PERIOD -> period.previous();
        };
    }
}
