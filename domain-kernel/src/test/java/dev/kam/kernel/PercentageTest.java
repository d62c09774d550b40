package dev.kam.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class PercentageTest {

    @Test
    void aPercentageHasOneDecimalRoundedHalfUp() {
        assertThat(Percentage.of("23.45").value()).isEqualTo(new BigDecimal("23.5"));
        assertThat(Percentage.of("23.44").value()).isEqualTo(new BigDecimal("23.4"));
        assertThat(Percentage.of("7").value()).isEqualTo(new BigDecimal("7.0"));
    }

    @Test
    void aRatioIsRoundedOnceStraightToOneDecimal() {
        // 23.449...% must not become 23.5% by rounding twice
        assertThat(Percentage.ratio(new BigDecimal("23449"), new BigDecimal("100000")))
                .isEqualTo(Percentage.of("23.4"));
        assertThat(Percentage.ratio(BigDecimal.ONE, new BigDecimal("3"))).isEqualTo(Percentage.of("33.3"));
    }

    @Test
    void aRatioOfZeroIsRefused() {
        assertThatThrownBy(() -> Percentage.ratio(BigDecimal.ONE, BigDecimal.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("zero");
    }

    @Test
    void aPercentageMayBeNegativeOrAboveAHundred() {
        assertThat(Percentage.of("-40").isNegative()).isTrue();
        assertThat(Percentage.ratio(new BigDecimal("5"), new BigDecimal("2"))).isEqualTo(Percentage.of("250"));
    }

    @Test
    void percentagesCompareAndSubtract() {
        assertThat(Percentage.of("10.1").isGreaterThan(Percentage.of("10.0"))).isTrue();
        assertThat(Percentage.of("10.0").isGreaterThan(Percentage.of("10.0"))).isFalse();
        assertThat(Percentage.of("23.5").minus(Percentage.of("5"))).isEqualTo(Percentage.of("18.5"));
        assertThat(Percentage.of("12.5").negate()).isEqualTo(Percentage.of("-12.5"));
    }

    @Test
    void aMissingOrNonNumericValueIsRefused() {
        assertThatThrownBy(() -> new Percentage(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Percentage.of("a lot")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void itIsWrittenWithAPercentSign() {
        assertThat(Percentage.of("23.5")).hasToString("23.5%");
    }
}
