package dev.kam.incentive.domain.kpi;

import dev.kam.kernel.period.ComparisonRule;
import dev.kam.kernel.period.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The purchases a plan's KPIs can read: those recorded for the plan's period or any part of it, and
 * for its comparable period or any part of it. A purchase outside both cannot move the statement, so
 * it need not be read, nor the statement recomputed when it arrives. The comparable period is absent
 * when it would fall before the calendar's first year.
 */
public record PeriodsMeasured(Period period, Optional<Period> comparable) {

    public PeriodsMeasured {
        if (period == null || comparable == null) {
            throw new IllegalArgumentException("Period and comparable period (may be empty) are required");
        }
    }

    public static PeriodsMeasured of(Period period, ComparisonRule rule) {
        if (period == null || rule == null) {
            throw new IllegalArgumentException("Period and comparison rule are required");
        }
        return new PeriodsMeasured(period, rule.comparableIfAny(period));
    }

    /** Whether a purchase recorded for this period is read. */
    public boolean includes(Period purchasePeriod) {
        return period.encloses(purchasePeriod) || comparable.map(c -> c.encloses(purchasePeriod)).orElse(false);
    }

    /** Every period a purchase read here can be recorded for: both periods with all their parts. */
    public List<Period> recordablePeriods() {
        List<Period> periods = new ArrayList<>(period.withParts());
        comparable.ifPresent(c -> periods.addAll(c.withParts()));
        return periods;
    }
}
