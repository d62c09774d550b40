package dev.kam.kernel.period;

import java.util.Optional;

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

    /**
     * The comparable period, or empty for a period that has none because it would fall before
     * {@link Period#MIN_YEAR} (the first period of the first year).
     */
    public Optional<Period> comparableIfAny(Period period) {
        if (period == null) {
            throw new IllegalArgumentException("Period is required");
        }
        boolean firstYear = period.year() == Period.MIN_YEAR;
        boolean reachesBack = switch (this) {
            case SAME_PERIOD_PREVIOUS_YEAR -> true;
            case PRECEDING_PERIOD -> period.index() == 1;
        };
        return firstYear && reachesBack ? Optional.empty() : Optional.of(comparableTo(period));
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
