package dev.kam.incentive.domain.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kam.kernel.period.ComparisonRule;
import dev.kam.kernel.period.Period;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PeriodsMeasuredTest {

    private final PeriodsMeasured q2YearOverYear =
            PeriodsMeasured.of(Period.quarter(2026, 2), ComparisonRule.SAME_PERIOD_PREVIOUS_YEAR);

    @Test
    void purchasesOfThePeriodAndItsMonthsAreRead() {
        assertThat(q2YearOverYear.includes(Period.quarter(2026, 2))).isTrue();
        assertThat(q2YearOverYear.includes(Period.month(2026, 5))).isTrue();
    }

    @Test
    void purchasesOfTheComparablePeriodAndItsMonthsAreRead() {
        assertThat(q2YearOverYear.includes(Period.quarter(2025, 2))).isTrue();
        assertThat(q2YearOverYear.includes(Period.month(2025, 6))).isTrue();
    }

    @Test
    void neighboursAndWholerPeriodsAreNotRead() {
        assertThat(q2YearOverYear.includes(Period.quarter(2026, 1))).isFalse();
        assertThat(q2YearOverYear.includes(Period.month(2026, 7))).isFalse();
        assertThat(q2YearOverYear.includes(Period.quarter(2025, 1))).isFalse();
        assertThat(q2YearOverYear.includes(Period.half(2026, 1))).isFalse();
        assertThat(q2YearOverYear.includes(Period.year(2025))).isFalse();
    }

    @Test
    void thePrecedingPeriodRuleReadsTheQuarterBefore() {
        PeriodsMeasured q1 = PeriodsMeasured.of(Period.quarter(2026, 1), ComparisonRule.PRECEDING_PERIOD);
        assertThat(q1.comparable()).contains(Period.quarter(2025, 4));
        assertThat(q1.includes(Period.month(2025, 12))).isTrue();
        assertThat(q1.includes(Period.quarter(2025, 1))).isFalse();
    }

    @Test
    void theRecordablePeriodsAreBothPeriodsWithTheirParts() {
        assertThat(q2YearOverYear.recordablePeriods()).hasSize(8)
                .containsExactly(Period.quarter(2026, 2), Period.month(2026, 4), Period.month(2026, 5),
                        Period.month(2026, 6), Period.quarter(2025, 2), Period.month(2025, 4),
                        Period.month(2025, 5), Period.month(2025, 6));
    }

    @Test
    void theFirstYearOfTheCalendarHasNoComparablePeriod() {
        PeriodsMeasured first = PeriodsMeasured.of(Period.year(Period.MIN_YEAR), ComparisonRule.SAME_PERIOD_PREVIOUS_YEAR);
        assertThat(first.comparable()).isEqualTo(Optional.empty());
        assertThat(first.recordablePeriods()).hasSize(19);
        assertThat(first.includes(Period.month(Period.MIN_YEAR, 1))).isTrue();
    }
}
