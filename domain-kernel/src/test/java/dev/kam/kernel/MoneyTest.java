package dev.kam.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class MoneyTest {

    private static final Currency EUR = Currency.getInstance("EUR");

    @Test
    void anAmountIsAlwaysHeldWithTwoDecimals() {
        assertThat(Money.of("12", "EUR").amount()).isEqualTo(new BigDecimal("12.00"));
        assertThat(Money.of("12.5", "EUR").amount()).isEqualTo(new BigDecimal("12.50"));
    }

    @Test
    void equalAmountsWrittenDifferentlyAreEqual() {
        assertThat(Money.of("12.5", "EUR")).isEqualTo(Money.of("12.500", "EUR"));
    }

    @Test
    void moreThanTwoSignificantDecimalsAreRefusedRatherThanRounded() {
        assertThatThrownBy(() -> Money.of("12.345", "EUR"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at most 2 decimals");
    }

    @Test
    void anUnknownCurrencyIsRefusedWithItsCode() {
        assertThatThrownBy(() -> Money.of("1", "XYZ1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("XYZ1");
    }

    @Test
    void aMissingAmountOrCurrencyIsRefused() {
        assertThatThrownBy(() -> new Money(null, EUR)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Money(BigDecimal.ONE, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.of(" ", "EUR")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.of("ten", "EUR")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void zeroIsZeroInItsCurrency() {
        Money zero = Money.zero(EUR);
        assertThat(zero.isZero()).isTrue();
        assertThat(zero.currency()).isEqualTo(EUR);
        assertThat(zero.amount()).isEqualTo(new BigDecimal("0.00"));
    }

    @Test
    void amountsInTheSameCurrencyAddAndSubtract() {
        assertThat(Money.of("10.10", "EUR").add(Money.of("0.95", "EUR"))).isEqualTo(Money.of("11.05", "EUR"));
        assertThat(Money.of("10.10", "EUR").subtract(Money.of("12", "EUR"))).isEqualTo(Money.of("-1.90", "EUR"));
    }

    @Test
    void negatingFlipsTheSign() {
        assertThat(Money.of("3.20", "EUR").negate()).isEqualTo(Money.of("-3.20", "EUR"));
    }

    @Test
    void multiplyingRoundsHalfUpToCents() {
        assertThat(Money.of("10.00", "EUR").multiply(new BigDecimal("0.333"))).isEqualTo(Money.of("3.33", "EUR"));
        assertThat(Money.of("0.05", "EUR").multiply(new BigDecimal("0.5"))).isEqualTo(Money.of("0.03", "EUR"));
        assertThat(Money.of("1200.00", "EUR").multiply(5)).isEqualTo(Money.of("6000", "EUR"));
    }

    @Test
    void addingDifferentCurrenciesIsRefused() {
        assertThatThrownBy(() -> Money.of("1", "EUR").add(Money.of("1", "USD")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("EUR and USD");
    }

    @Test
    void subtractingAndComparingDifferentCurrenciesIsRefused() {
        assertThatThrownBy(() -> Money.of("1", "EUR").subtract(Money.of("1", "USD")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.of("1", "EUR").isLessThan(Money.of("1", "USD")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void comparisonsLookAtTheAmount() {
        Money ten = Money.of("10", "EUR");
        Money eleven = Money.of("11", "EUR");
        assertThat(ten.isLessThan(eleven)).isTrue();
        assertThat(eleven.isGreaterThan(ten)).isTrue();
        assertThat(ten.isLessThan(Money.of("10.00", "EUR"))).isFalse();
    }

    @Test
    void theSignIsReadable() {
        assertThat(Money.of("0.01", "EUR").isPositive()).isTrue();
        assertThat(Money.of("-0.01", "EUR").isNegative()).isTrue();
        assertThat(Money.zero(EUR).isPositive()).isFalse();
        assertThat(Money.zero(EUR).isNegative()).isFalse();
    }

    @Test
    void itIsWrittenWithoutLocaleFormatting() {
        assertThat(Money.of("1250", "EUR")).hasToString("1250.00 EUR");
    }
}
