package dev.kam.account.domain.purchase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kam.kernel.Money;
import dev.kam.kernel.period.Period;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OneCurrencyPerAccountTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Currency USD = Currency.getInstance("USD");

    @Test
    void aVolumeInTheCurrencyAlreadyKeptIsFine() {
        assertThat(OneCurrencyPerAccount.offending(Map.of(Period.year(2024), EUR),
                List.of(volume(Period.year(2025), "EUR")))).isEmpty();
    }

    @Test
    void aVolumeInAnotherCurrencyThanTheStoredOnesOffends() {
        PurchaseVolume dollars = volume(Period.year(2025), "USD");

        assertThat(OneCurrencyPerAccount.offending(Map.of(Period.year(2024), EUR), List.of(dollars)))
                .containsExactly(dollars);
        assertThat(OneCurrencyPerAccount.established(Map.of(Period.year(2024), EUR), List.of(dollars))).contains(EUR);
    }

    @Test
    void replacingTheOnlyStoredPeriodMayChangeTheCurrency() {
        assertThat(OneCurrencyPerAccount.offending(Map.of(Period.year(2024), EUR),
                List.of(volume(Period.year(2024), "USD")))).isEmpty();
    }

    @Test
    void withNothingStoredTheFirstNewVolumeSetsTheCurrency() {
        PurchaseVolume euros = volume(Period.quarter(2025, 1), "EUR");
        PurchaseVolume dollars = volume(Period.quarter(2025, 2), "USD");

        assertThat(OneCurrencyPerAccount.offending(Map.of(), List.of(euros, dollars))).containsExactly(dollars);
        assertThat(OneCurrencyPerAccount.offending(Map.of(), List.of())).isEmpty();
    }

    @Test
    void withMixedLegacyDataTheLatestPeriodsCurrencyCarriesOn() {
        Map<Period, Currency> stored = Map.of(Period.year(2023), USD, Period.year(2024), EUR);

        assertThat(OneCurrencyPerAccount.established(stored, List.of())).contains(EUR);
    }

    @Test
    void missingInputIsRefused() {
        assertThatThrownBy(() -> OneCurrencyPerAccount.offending(null, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static PurchaseVolume volume(Period period, String currency) {
        return PurchaseVolume.of(period, Money.of("100.00", currency));
    }
}
