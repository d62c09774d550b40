package dev.kam.kernel.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PeriodTest {

    @Test
    void aYearIsWrittenAsItsNumber() {
        assertThat(Period.parse("2026")).isEqualTo(Period.year(2026));
        assertThat(Period.year(2026).format()).isEqualTo("2026");
    }

    @Test
    void aHalfYearIsWrittenWithH() {
        assertThat(Period.parse("2026-H1")).isEqualTo(Period.half(2026, 1));
        assertThat(Period.half(2026, 2).format()).isEqualTo("2026-H2");
    }

    @Test
    void aQuarterIsWrittenWithQ() {
        assertThat(Period.parse("2026-Q3")).isEqualTo(Period.quarter(2026, 3));
        assertThat(Period.quarter(2026, 4)).hasToString("2026-Q4");
    }

    @Test
    void aMonthIsWrittenWithTwoDigits() {
        assertThat(Period.parse("2026-03")).isEqualTo(Period.month(2026, 3));
        assertThat(Period.month(2026, 3).format()).isEqualTo("2026-03");
        assertThat(Period.month(2026, 12).format()).isEqualTo("2026-12");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "26", "2026-H3", "2026-Q0", "2026-Q5", "2026-00", "2026-13", "2026-3", "2026-q3",
            " 2026", "2026-H1 ", "1899", "2026/03"})
    void anythingElseIsRefused(String text) {
        assertThatThrownBy(() -> Period.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theIndexMustFitThePeriodType() {
        assertThatThrownBy(() -> new Period(PeriodType.YEAR, 2026, 2))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Period.quarter(2026, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Period.half(2026, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Period.month(2026, 13)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPeriodStartsOnItsFirstDayAndEndsBeforeTheNextOnesFirstDay() {
        assertThat(Period.quarter(2026, 3).start()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(Period.quarter(2026, 3).endExclusive()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(Period.half(2026, 2).start()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(Period.year(2026).endExclusive()).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(Period.month(2026, 12).endExclusive()).isEqualTo(LocalDate.of(2027, 1, 1));
    }

    @Test
    void februaryOfALeapYearHasTwentyNineDays() {
        assertThat(Period.month(2024, 2).days()).isEqualTo(29);
        assertThat(Period.month(2024, 2).endExclusive()).isEqualTo(LocalDate.of(2024, 3, 1));
        assertThat(Period.month(2026, 2).days()).isEqualTo(28);
    }

    @Test
    void aLeapYearAndItsFirstHalfAndQuarterAreADayLonger() {
        assertThat(Period.year(2024).days()).isEqualTo(366);
        assertThat(Period.half(2024, 1).days()).isEqualTo(182);
        assertThat(Period.half(2023, 1).days()).isEqualTo(181);
        assertThat(Period.quarter(2024, 1).days()).isEqualTo(91);
        assertThat(Period.year(2100).days()).isEqualTo(365);
    }

    @Test
    void aPeriodContainsItsFirstDayButNotItsEnd() {
        Period q1 = Period.quarter(2026, 1);
        assertThat(q1.contains(LocalDate.of(2026, 1, 1))).isTrue();
        assertThat(q1.contains(LocalDate.of(2026, 3, 31))).isTrue();
        assertThat(q1.contains(LocalDate.of(2026, 4, 1))).isFalse();
        assertThat(q1.contains(LocalDate.of(2025, 12, 31))).isFalse();
    }

    @Test
    void aPeriodEnclosesItselfAndItsPartsButNotItsNeighboursOrWholes() {
        Period q2 = Period.quarter(2026, 2);
        assertThat(q2.encloses(q2)).isTrue();
        assertThat(q2.encloses(Period.month(2026, 4))).isTrue();
        assertThat(q2.encloses(Period.month(2026, 6))).isTrue();
        assertThat(q2.encloses(Period.month(2026, 7))).isFalse();
        assertThat(q2.encloses(Period.month(2026, 3))).isFalse();
        assertThat(q2.encloses(Period.half(2026, 1))).isFalse();
        assertThat(q2.encloses(Period.quarter(2025, 2))).isFalse();
        assertThat(Period.year(2026).encloses(q2)).isTrue();
    }

    @Test
    void aYearWithItsPartsIsItselfTwoHalvesFourQuartersAndTwelveMonths() {
        assertThat(Period.year(2026).withParts()).hasSize(19)
                .startsWith(Period.year(2026), Period.half(2026, 1), Period.half(2026, 2), Period.quarter(2026, 1))
                .endsWith(Period.month(2026, 11), Period.month(2026, 12))
                .allMatch(Period.year(2026)::encloses);
        assertThat(Period.half(2026, 2).withParts()).containsExactly(Period.half(2026, 2),
                Period.quarter(2026, 3), Period.quarter(2026, 4), Period.month(2026, 7), Period.month(2026, 8),
                Period.month(2026, 9), Period.month(2026, 10), Period.month(2026, 11), Period.month(2026, 12));
        assertThat(Period.month(2026, 5).withParts()).containsExactly(Period.month(2026, 5));
    }

    @Test
    void thePeriodContainingADateIsFound() {
        LocalDate leapDay = LocalDate.of(2024, 2, 29);
        assertThat(Period.containing(PeriodType.MONTH, leapDay)).isEqualTo(Period.month(2024, 2));
        assertThat(Period.containing(PeriodType.QUARTER, leapDay)).isEqualTo(Period.quarter(2024, 1));
        assertThat(Period.containing(PeriodType.HALF_YEAR, LocalDate.of(2024, 7, 1))).isEqualTo(Period.half(2024, 2));
        assertThat(Period.containing(PeriodType.QUARTER, LocalDate.of(2024, 12, 31)))
                .isEqualTo(Period.quarter(2024, 4));
    }

    @Test
    void theQuarterBeforeQ1IsQ4OfThePreviousYear() {
        assertThat(Period.quarter(2026, 1).previous()).isEqualTo(Period.quarter(2025, 4));
        assertThat(Period.quarter(2026, 3).previous()).isEqualTo(Period.quarter(2026, 2));
    }

    @Test
    void theHalfBeforeH1IsH2OfThePreviousYear() {
        assertThat(Period.half(2026, 1).previous()).isEqualTo(Period.half(2025, 2));
        assertThat(Period.half(2026, 2).previous()).isEqualTo(Period.half(2026, 1));
    }

    @Test
    void theMonthBeforeJanuaryIsDecemberOfThePreviousYear() {
        assertThat(Period.month(2026, 1).previous()).isEqualTo(Period.month(2025, 12));
        assertThat(Period.month(2026, 3).previous()).isEqualTo(Period.month(2026, 2));
    }

    @Test
    void theYearBeforeIsThePreviousYear() {
        assertThat(Period.year(2026).previous()).isEqualTo(Period.year(2025));
    }

    @Test
    void thePreviousPeriodEndsWhereThisOneStarts() {
        for (Period period : new Period[] {Period.month(2024, 3), Period.quarter(2026, 1), Period.half(2026, 1)}) {
            assertThat(period.previous().endExclusive()).isEqualTo(period.start());
        }
    }

    @Test
    void theSamePeriodLastYearKeepsTheIndex() {
        assertThat(Period.quarter(2026, 3).sameLastYear()).isEqualTo(Period.quarter(2025, 3));
        assertThat(Period.month(2025, 2).sameLastYear()).isEqualTo(Period.month(2024, 2));
        assertThat(Period.half(2026, 1).sameLastYear()).isEqualTo(Period.half(2025, 1));
    }

    @Test
    void thereIsNoPeriodBeforeTheEarliestYear() {
        assertThatThrownBy(() -> Period.year(Period.MIN_YEAR).previous()).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void periodsSortByStartThenLength() {
        assertThat(Period.quarter(2026, 2).compareTo(Period.quarter(2026, 1))).isPositive();
        assertThat(Period.month(2026, 1).compareTo(Period.year(2026))).isNegative();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1900", "2026", "2026-H1", "2026-H2", "2026-Q1", "2026-Q4", "9999-Q4"})
    void aPlanPeriodIsAYearFrom1900AHalfOrAQuarterAndParses(String text) {
        assertThat(text).matches(Period.PLAN_PATTERN);
        assertThat(Period.parse(text).format()).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1899", "0000", "2026-03", "2026-Q5", "2026-H3", "2026-Q1 ", "26", "20260"})
    void aMonthAYearBefore1900OrAnythingElseIsNoPlanPeriod(String text) {
        assertThat(text).doesNotMatch(Period.PLAN_PATTERN);
    }
}
