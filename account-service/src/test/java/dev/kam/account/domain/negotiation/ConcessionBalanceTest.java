package dev.kam.account.domain.negotiation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kam.kernel.Money;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConcessionBalanceTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Currency USD = Currency.getInstance("USD");

    private static Concession given(String value) {
        return Concession.given("Extra discount", value == null ? null : Money.of(value, "EUR"));
    }

    private static Concession received(String value) {
        return Concession.received("Larger order", value == null ? null : Money.of(value, "EUR"));
    }

    @Test
    void noConcessionsAreBalanced() {
        ConcessionBalance balance = ConcessionBalance.of(List.of(), BalanceTolerance.DEFAULT);
        assertThat(balance.reading()).isEqualTo(BalanceReading.BALANCED);
        assertThat(balance.netCount()).isZero();
    }

    @Test
    void oneSideAheadByTheToleranceIsStillBalanced() {
        ConcessionBalance balance = ConcessionBalance.of(List.of(given(null), given(null), received(null)),
                BalanceTolerance.DEFAULT);
        assertThat(balance.netCount()).isEqualTo(1);
        assertThat(balance.reading()).isEqualTo(BalanceReading.BALANCED);
    }

    @Test
    void oneMoreThanTheToleranceMeansWeGiveMore() {
        ConcessionBalance balance = ConcessionBalance.of(List.of(given(null), given(null)), BalanceTolerance.DEFAULT);
        assertThat(balance.reading()).isEqualTo(BalanceReading.WE_GIVE_MORE);
    }

    @Test
    void theClientAheadBeyondTheToleranceMeansTheyGiveMore() {
        ConcessionBalance balance = ConcessionBalance.of(List.of(received(null), received(null), received(null),
                given(null)), BalanceTolerance.DEFAULT);
        assertThat(balance.netCount()).isEqualTo(-2);
        assertThat(balance.reading()).isEqualTo(BalanceReading.THEY_GIVE_MORE);
    }

    @Test
    void withZeroToleranceAnyDifferenceShows() {
        ConcessionBalance balance = ConcessionBalance.of(List.of(received(null)), new BalanceTolerance(0));
        assertThat(balance.reading()).isEqualTo(BalanceReading.THEY_GIVE_MORE);
    }

    @Test
    void countsIncludeConcessionsWithoutAValue() {
        ConcessionBalance balance = ConcessionBalance.of(List.of(given("100"), given(null), received(null)),
                BalanceTolerance.DEFAULT);
        assertThat(balance.givenCount()).isEqualTo(2);
        assertThat(balance.receivedCount()).isEqualTo(1);
        assertThat(balance.valueGiven()).containsExactlyEntriesOf(Map.of(EUR, Money.of("100", "EUR")));
    }

    @Test
    void valuesAreTotalledPerCurrencyAndNetted() {
        List<Concession> concessions = List.of(given("100"), given("50"), received("120"),
                Concession.given("Free freight", Money.of("30", "USD")));
        ConcessionBalance balance = ConcessionBalance.of(concessions, BalanceTolerance.DEFAULT);

        assertThat(balance.valueGiven()).containsEntry(EUR, Money.of("150", "EUR"))
                .containsEntry(USD, Money.of("30", "USD"));
        assertThat(balance.valueReceived()).containsOnlyKeys(EUR);
        assertThat(balance.netValue(EUR)).isEqualTo(Money.of("30", "EUR"));
        assertThat(balance.netValue(USD)).isEqualTo(Money.of("30", "USD"));
        assertThat(balance.netValue(Currency.getInstance("GBP")).isZero()).isTrue();
    }

    @Test
    void theReadingCountsMovesNotMoney() {
        ConcessionBalance balance = ConcessionBalance.of(List.of(given("10000"), received("1")),
                new BalanceTolerance(0));
        assertThat(balance.reading()).isEqualTo(BalanceReading.BALANCED);
        assertThat(balance.netValue(EUR)).isEqualTo(Money.of("9999", "EUR"));
    }

    @Test
    void aConcessionIsDescribedAndNeverNegative() {
        assertThatThrownBy(() -> Concession.given(" ", null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Concession.given("Discount", Money.of("-1", "EUR")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Concession(null, "Discount", Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aNegativeToleranceIsRefused() {
        assertThatThrownBy(() -> new BalanceTolerance(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
