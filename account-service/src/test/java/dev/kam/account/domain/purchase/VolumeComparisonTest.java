package dev.kam.account.domain.purchase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kam.kernel.Money;
import dev.kam.kernel.Percentage;
import dev.kam.kernel.period.ComparisonRule;
import dev.kam.kernel.period.Period;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class VolumeComparisonTest {

    private static final Period Q1_2026 = Period.quarter(2026, 1);
    private static final Period Q1_2025 = Period.quarter(2025, 1);

    private static VolumeComparison compare(String current, String previous) {
        return new VolumeComparison(Q1_2026, Money.of(current, "EUR"), Q1_2025,
                Optional.ofNullable(previous).map(p -> Money.of(p, "EUR")));
    }

    @Test
    void aFallIsADeclineWithItsRelativeChange() {
        VolumeComparison comparison = compare("52020", "68000");

        assertThat(comparison.declined()).isTrue();
        assertThat(comparison.notLowerThanPrevious()).isFalse();
        assertThat(comparison.absoluteChange()).contains(Money.of("-15980", "EUR"));
        assertThat(comparison.relativeChange()).contains(Percentage.of("-23.5"));
        assertThat(comparison.decline()).contains(Percentage.of("23.5"));
    }

    @Test
    void anEqualVolumeIsNotLowerAndNoDecline() {
        VolumeComparison comparison = compare("100", "100");

        assertThat(comparison.declined()).isFalse();
        assertThat(comparison.notLowerThanPrevious()).isTrue();
        assertThat(comparison.relativeChange()).contains(Percentage.ZERO);
        assertThat(comparison.decline()).isEmpty();
    }

    @Test
    void oneCentLessIsADecline() {
        VolumeComparison comparison = compare("99.99", "100");
        assertThat(comparison.declined()).isTrue();
        assertThat(comparison.notLowerThanPrevious()).isFalse();
    }

    @Test
    void aRiseIsAPositiveChange() {
        VolumeComparison comparison = compare("125", "100");
        assertThat(comparison.relativeChange()).contains(Percentage.of("25.0"));
        assertThat(comparison.notLowerThanPrevious()).isTrue();
        assertThat(comparison.decline()).isEmpty();
    }

    @Test
    void withoutAPreviousVolumeThereIsNeitherDeclineNorHolding() {
        VolumeComparison comparison = compare("100", null);

        assertThat(comparison.hasPrevious()).isFalse();
        assertThat(comparison.declined()).isFalse();
        assertThat(comparison.notLowerThanPrevious()).isFalse();
        assertThat(comparison.absoluteChange()).isEmpty();
        assertThat(comparison.relativeChange()).isEmpty();
    }

    @Test
    void fromAPreviousZeroThereIsAnAbsoluteButNoRelativeChange() {
        VolumeComparison comparison = compare("100", "0");

        assertThat(comparison.absoluteChange()).contains(Money.of("100", "EUR"));
        assertThat(comparison.relativeChange()).isEmpty();
        assertThat(comparison.notLowerThanPrevious()).isTrue();
    }

    @Test
    void fallingToZeroIsAHundredPercentDecline() {
        assertThat(compare("0", "100").decline()).contains(Percentage.of("100"));
    }

    @Test
    void volumesInDifferentCurrenciesCannotBeCompared() {
        assertThatThrownBy(() -> new VolumeComparison(Q1_2026, Money.of("1", "EUR"), Q1_2025,
                Optional.of(Money.of("1", "USD"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("different currencies");
    }

    @Test
    void theComparableVolumeIsFoundInTheHistoryByTheRule() {
        List<PurchaseVolume> history = List.of(
                PurchaseVolume.of(Period.quarter(2025, 1), Money.of("80", "EUR")),
                PurchaseVolume.of(Period.quarter(2025, 4), Money.of("120", "EUR")),
                PurchaseVolume.of(Q1_2026, Money.of("100", "EUR")));

        VolumeComparison yearOnYear = VolumeComparison.of(Q1_2026, history, ComparisonRule.SAME_PERIOD_PREVIOUS_YEAR)
                .orElseThrow();
        VolumeComparison sequential = VolumeComparison.of(Q1_2026, history, ComparisonRule.PRECEDING_PERIOD)
                .orElseThrow();

        assertThat(yearOnYear.comparedWith()).isEqualTo(Period.quarter(2025, 1));
        assertThat(yearOnYear.notLowerThanPrevious()).isTrue();
        assertThat(sequential.comparedWith()).isEqualTo(Period.quarter(2025, 4));
        assertThat(sequential.declined()).isTrue();
    }

    @Test
    void withoutAVolumeForThePeriodThereIsNothingToCompare() {
        List<PurchaseVolume> history = List.of(PurchaseVolume.of(Q1_2025, Money.of("80", "EUR")));
        assertThat(VolumeComparison.of(Q1_2026, history, ComparisonRule.defaultRule())).isEmpty();
    }

    @Test
    void aVolumeMissingForTheComparablePeriodLeavesNoBaseline() {
        List<PurchaseVolume> history = List.of(PurchaseVolume.of(Q1_2026, Money.of("80", "EUR")));
        VolumeComparison comparison = VolumeComparison.of(Q1_2026, history, ComparisonRule.defaultRule()).orElseThrow();
        assertThat(comparison.previous()).isEmpty();
        assertThat(comparison.comparedWith()).isEqualTo(Q1_2025);
    }

    @Test
    void twoVolumesForTheSamePeriodAreRefusedRatherThanOnePicked() {
        List<PurchaseVolume> history = List.of(PurchaseVolume.of(Q1_2026, Money.of("80", "EUR")),
                PurchaseVolume.of(Q1_2026, Money.of("90", "EUR")));
        assertThatThrownBy(() -> VolumeComparison.of(Q1_2026, history, ComparisonRule.defaultRule()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2026-Q1");
    }

    @Test
    void onlyPeriodsOfTheSameLengthCanBeCompared() {
        assertThatThrownBy(() -> new VolumeComparison(Q1_2026, Money.of("1", "EUR"), Period.year(2025),
                Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("same length");
    }
}
