package dev.kam.account.domain.value;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kam.kernel.Money;
import dev.kam.kernel.Percentage;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValueCaseCalculationTest {

    private static final Currency EUR = Currency.getInstance("EUR");

    private static CostComponent component(String ours, String theirs, Recurrence recurrence, EvidenceKind evidence) {
        return new CostComponent(CostCategory.OTHER, "cost " + ours + "/" + theirs, Money.of(ours, "EUR"),
                Money.of(theirs, "EUR"), recurrence, evidence, "client's maintenance log");
    }

    private static ValueCaseCalculation calculate(int years, CostComponent... components) {
        return ValueCaseCalculation.of(new ValueCase("Rival AG", AlternativeKind.COMPETITOR,
                Horizon.ofYears(years), EUR, List.of(components)));
    }

    @Test
    void annualCostsCountOncePerYearAndOneOffCostsOnce() {
        ValueCaseCalculation calculation = calculate(5,
                component("1000", "1200", Recurrence.ANNUAL, EvidenceKind.MEASURED),
                component("3000", "0", Recurrence.ONE_OFF, EvidenceKind.MEASURED));

        assertThat(calculation.ourTotalCost()).isEqualTo(Money.of("8000", "EUR"));
        assertThat(calculation.alternativeTotalCost()).isEqualTo(Money.of("6000", "EUR"));
    }

    @Test
    void theSavingIsTheAlternativesTotalMinusOurs() {
        ValueCaseCalculation calculation = calculate(3,
                component("100", "150", Recurrence.ANNUAL, EvidenceKind.MEASURED));
        assertThat(calculation.saving()).isEqualTo(Money.of("150", "EUR"));
    }

    @Test
    void aSavingMayBeNegativeWhenWeAreDearer() {
        ValueCaseCalculation calculation = calculate(1,
                component("200", "150", Recurrence.ANNUAL, EvidenceKind.MEASURED));
        assertThat(calculation.saving()).isEqualTo(Money.of("-50", "EUR"));
    }

    @Test
    void aHorizonOfOneYearCountsAnnualAndOneOffCostsTheSame() {
        ValueCaseCalculation calculation = calculate(1,
                component("100", "130", Recurrence.ANNUAL, EvidenceKind.MEASURED),
                component("100", "130", Recurrence.ONE_OFF, EvidenceKind.MEASURED));
        assertThat(calculation.lines()).extracting(ComponentLine::saving)
                .containsExactly(Money.of("30", "EUR"), Money.of("30", "EUR"));
    }

    @Test
    void everyLineShowsItsCalculation() {
        ComponentLine line = calculate(5, component("1000", "1200", Recurrence.ANNUAL, EvidenceKind.MEASURED))
                .lines().get(0);

        assertThat(line.occurrences()).isEqualTo(5);
        assertThat(line.calculation()).isEqualTo(
                "ours 1000.00 EUR x 5 = 5000.00 EUR; alternative 1200.00 EUR x 5 = 6000.00 EUR; saving 1000.00 EUR");
    }

    @Test
    void theSavingIsSplitByEvidenceKindWithEveryKindPresent() {
        ValueCaseCalculation calculation = calculate(1,
                component("100", "160", Recurrence.ANNUAL, EvidenceKind.MEASURED),
                component("100", "130", Recurrence.ANNUAL, EvidenceKind.ESTIMATE),
                component("100", "90", Recurrence.ANNUAL, EvidenceKind.ESTIMATE));

        assertThat(calculation.savingByEvidence())
                .containsEntry(EvidenceKind.MEASURED, Money.of("60", "EUR"))
                .containsEntry(EvidenceKind.ESTIMATE, Money.of("20", "EUR"))
                .containsEntry(EvidenceKind.DEMONSTRABLE, Money.zero(EUR))
                .containsEntry(EvidenceKind.OPINION, Money.zero(EUR));
    }

    @Test
    void measuredAndDemonstrableSavingsCountAsHardEvidence() {
        EvidenceShare share = calculate(1,
                component("100", "130", Recurrence.ANNUAL, EvidenceKind.MEASURED),
                component("100", "120", Recurrence.ANNUAL, EvidenceKind.DEMONSTRABLE),
                component("100", "140", Recurrence.ANNUAL, EvidenceKind.ESTIMATE),
                component("100", "110", Recurrence.ANNUAL, EvidenceKind.OPINION)).evidenceShare();

        assertThat(share.basis()).isEqualTo(Money.of("100", "EUR"));
        assertThat(share.hard()).isEqualTo(Percentage.of("50"));
        assertThat(share.estimate()).isEqualTo(Percentage.of("40"));
        assertThat(share.opinion()).isEqualTo(Percentage.of("10"));
    }

    @Test
    void theShareRestsOnlyOnComponentsWhereWeAreCheaper() {
        EvidenceShare share = calculate(1,
                component("100", "150", Recurrence.ANNUAL, EvidenceKind.OPINION),
                component("200", "150", Recurrence.ANNUAL, EvidenceKind.MEASURED)).evidenceShare();

        assertThat(share.basis()).isEqualTo(Money.of("50", "EUR"));
        assertThat(share.opinion()).isEqualTo(Percentage.of("100"));
        assertThat(share.hard()).isEqualTo(Percentage.ZERO);
    }

    @Test
    void sharesAreRoundedEachOnTheirOwn() {
        EvidenceShare share = calculate(1,
                component("0", "1", Recurrence.ANNUAL, EvidenceKind.MEASURED),
                component("0", "1", Recurrence.ANNUAL, EvidenceKind.ESTIMATE),
                component("0", "1", Recurrence.ANNUAL, EvidenceKind.OPINION)).evidenceShare();

        assertThat(List.of(share.hard(), share.estimate(), share.opinion())).containsOnly(Percentage.of("33.3"));
    }

    @Test
    void withNoPositiveSavingAllSharesAreZero() {
        EvidenceShare share = calculate(1,
                component("150", "100", Recurrence.ANNUAL, EvidenceKind.MEASURED),
                component("100", "100", Recurrence.ANNUAL, EvidenceKind.ESTIMATE)).evidenceShare();

        assertThat(share.basis().isZero()).isTrue();
        assertThat(List.of(share.hard(), share.estimate(), share.opinion())).containsOnly(Percentage.ZERO);
    }

    @Test
    void anEmptyCaseAddsUpToZero() {
        ValueCaseCalculation calculation = calculate(5);

        assertThat(calculation.ourTotalCost()).isEqualTo(Money.zero(EUR));
        assertThat(calculation.saving()).isEqualTo(Money.zero(EUR));
        assertThat(calculation.lines()).isEmpty();
        assertThat(calculation.evidenceShare().hard()).isEqualTo(Percentage.ZERO);
        assertThat(calculation.savingProvenByHardEvidence()).isFalse();
    }

    @Test
    void aSavingBackedByHardEvidenceAloneIsProven() {
        ValueCaseCalculation calculation = calculate(1,
                component("100", "150", Recurrence.ANNUAL, EvidenceKind.MEASURED),
                component("100", "90", Recurrence.ANNUAL, EvidenceKind.OPINION));
        assertThat(calculation.saving()).isEqualTo(Money.of("40", "EUR"));
        assertThat(calculation.savingProvenByHardEvidence()).isTrue();
    }

    @Test
    void aSavingThatNeedsEstimatesIsNotProven() {
        ValueCaseCalculation calculation = calculate(1,
                component("100", "120", Recurrence.ANNUAL, EvidenceKind.DEMONSTRABLE),
                component("100", "101", Recurrence.ANNUAL, EvidenceKind.ESTIMATE));
        assertThat(calculation.savingProvenByHardEvidence()).isFalse();
    }

    @Test
    void fractionalCentsNeverAppearBecauseCostsAreWholeCentsTimesWholeYears() {
        ValueCaseCalculation calculation = calculate(7,
                component("0.01", "0.02", Recurrence.ANNUAL, EvidenceKind.MEASURED));
        assertThat(calculation.saving()).isEqualTo(Money.of("0.07", "EUR"));
    }
}
