package dev.kam.account.domain.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kam.kernel.Money;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValueCaseTest {

    private static final Currency EUR = Currency.getInstance("EUR");

    private static CostComponent component(String ours, String theirs, String currency) {
        return new CostComponent(CostCategory.DOWNTIME, "Line stops per year", Money.of(ours, currency),
                Money.of(theirs, currency), Recurrence.ANNUAL, EvidenceKind.MEASURED, "Plant downtime log 2025");
    }

    @Test
    void theHorizonIsOneToTenYears() {
        assertThat(Horizon.ofYears(1).years()).isEqualTo(1);
        assertThat(Horizon.ofYears(10).years()).isEqualTo(10);
        assertThatThrownBy(() -> Horizon.ofYears(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Horizon.ofYears(11)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyComponentIsInTheCasesCurrency() {
        assertThatThrownBy(() -> new ValueCase("Rival AG", AlternativeKind.COMPETITOR, Horizon.ofYears(3), EUR,
                List.of(component("1", "2", "USD"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("EUR");
    }

    @Test
    void ourCostAndTheAlternativesAreInTheSameCurrency() {
        assertThatThrownBy(() -> new CostComponent(CostCategory.PRICE, "Unit price", Money.of("1", "EUR"),
                Money.of("1", "USD"), Recurrence.ANNUAL, EvidenceKind.MEASURED, "Price lists"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCostIsNeverNegative() {
        assertThatThrownBy(() -> component("-1", "2", "EUR")).isInstanceOf(IllegalArgumentException.class);
        assertThat(component("0", "0", "EUR").savingPerOccurrence().isZero()).isTrue();
    }

    @Test
    void aComponentNamesItsSource() {
        assertThatThrownBy(() -> new CostComponent(CostCategory.PRICE, "Unit price", Money.of("1", "EUR"),
                Money.of("2", "EUR"), Recurrence.ANNUAL, EvidenceKind.OPINION, " "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Source");
    }

    @Test
    void aComponentsTextsAreTrimmedAndBounded() {
        CostComponent trimmed = new CostComponent(CostCategory.PRICE, "  Unit price ", Money.of("1", "EUR"),
                Money.of("2", "EUR"), Recurrence.ANNUAL, EvidenceKind.OPINION, " Buyer ");
        assertThat(trimmed.description()).isEqualTo("Unit price");
        assertThat(trimmed.source()).isEqualTo("Buyer");
        assertThatThrownBy(() -> new CostComponent(CostCategory.PRICE, "x".repeat(501), Money.of("1", "EUR"),
                Money.of("2", "EUR"), Recurrence.ANNUAL, EvidenceKind.OPINION, "Buyer"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theAlternativeIsNamed() {
        assertThatThrownBy(() -> new ValueCase(" ", AlternativeKind.STATUS_QUO, Horizon.ofYears(3), EUR, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void addingAComponentGivesANewCase() {
        ValueCase empty = new ValueCase("Current supplier mix", AlternativeKind.STATUS_QUO, Horizon.ofYears(3), EUR,
                List.of());
        ValueCase withOne = empty.withComponent(component("1", "2", "EUR"));
        assertThat(withOne.components()).hasSize(1);
        assertThat(empty.components()).isEmpty();
    }

    @Test
    void onlyMeasuredAndDemonstrableEvidenceIsHard() {
        assertThat(EvidenceKind.MEASURED.isHard()).isTrue();
        assertThat(EvidenceKind.DEMONSTRABLE.isHard()).isTrue();
        assertThat(EvidenceKind.ESTIMATE.isHard()).isFalse();
        assertThat(EvidenceKind.OPINION.isHard()).isFalse();
    }
}
