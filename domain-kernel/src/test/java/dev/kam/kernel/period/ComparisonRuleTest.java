package dev.kam.kernel.period;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ComparisonRuleTest {

    @Test
    void theDefaultComparesWithTheSamePeriodLastYear() {
        assertThat(ComparisonRule.defaultRule()).isEqualTo(ComparisonRule.SAME_PERIOD_PREVIOUS_YEAR);
        assertThat(ComparisonRule.defaultRule().comparableTo(Period.quarter(2026, 1)))
                .isEqualTo(Period.quarter(2025, 1));
    }

    @Test
    void thePrecedingPeriodRuleComparesWithThePeriodJustBefore() {
        assertThat(ComparisonRule.PRECEDING_PERIOD.comparableTo(Period.quarter(2026, 1)))
                .isEqualTo(Period.quarter(2025, 4));
        assertThat(ComparisonRule.PRECEDING_PERIOD.comparableTo(Period.half(2026, 2))).isEqualTo(Period.half(2026, 1));
    }

    @Test
    void forAYearBothRulesGiveThePreviousYear() {
        assertThat(ComparisonRule.SAME_PERIOD_PREVIOUS_YEAR.comparableTo(Period.year(2026)))
                .isEqualTo(Period.year(2025));
        assertThat(ComparisonRule.PRECEDING_PERIOD.comparableTo(Period.year(2026))).isEqualTo(Period.year(2025));
    }

    @Test
    void aPeriodOfTheFirstYearHasNoComparablePeriodUnlessItLiesInsideThatYear() {
        assertThat(ComparisonRule.SAME_PERIOD_PREVIOUS_YEAR.comparableIfAny(Period.quarter(Period.MIN_YEAR, 3)))
                .isEmpty();
        assertThat(ComparisonRule.PRECEDING_PERIOD.comparableIfAny(Period.quarter(Period.MIN_YEAR, 1))).isEmpty();
        assertThat(ComparisonRule.PRECEDING_PERIOD.comparableIfAny(Period.quarter(Period.MIN_YEAR, 2)))
                .contains(Period.quarter(Period.MIN_YEAR, 1));
        assertThat(ComparisonRule.SAME_PERIOD_PREVIOUS_YEAR.comparableIfAny(Period.year(Period.MIN_YEAR + 1)))
                .contains(Period.year(Period.MIN_YEAR));
    }
}
