package dev.kam.incentive.domain.pay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kam.kernel.Money;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class PayoutCurveTest {

    // threshold 80 pays 50 %, target 100 pays 100 %, cap 130 pays 200 %
    private static final PayoutCurve CURVE = PayoutCurve.of("80", "100", "130", "50", "200");
    private static final Money TARGET_PAYOUT = Money.of("1000", "EUR");

    private static Money payoutAt(String actual) {
        return CURVE.factorAt(new BigDecimal(actual)).of(TARGET_PAYOUT);
    }

    @Test
    void nothingIsPaidBelowTheThreshold() {
        assertThat(payoutAt("79.99")).isEqualTo(Money.of("0", "EUR"));
    }

    @Test
    void theThresholdItselfPaysThePayoutAtThreshold() {
        assertThat(payoutAt("80")).isEqualTo(Money.of("500", "EUR"));
    }

    @Test
    void betweenThresholdAndTargetThePayoutIsLinear() {
        assertThat(payoutAt("90")).isEqualTo(Money.of("750", "EUR"));
    }

    @Test
    void theTargetPaysTheFullTargetPayout() {
        assertThat(payoutAt("100")).isEqualTo(Money.of("1000", "EUR"));
    }

    @Test
    void aboveTargetTheAcceleratorPaysMorePerUnit() {
        // below target each unit is worth 2.5 %, above it 3.33 %
        assertThat(payoutAt("115")).isEqualTo(Money.of("1500", "EUR"));
    }

    @Test
    void theCapPaysThePayoutAtCapAndNothingMoreBeyondIt() {
        assertThat(payoutAt("130")).isEqualTo(Money.of("2000", "EUR"));
        assertThat(payoutAt("500")).isEqualTo(Money.of("2000", "EUR"));
    }

    @Test
    void aThirdIsKeptExactUntilTheAmountIsRoundedOnce() {
        // 100 % + 10 / 30 x 100 % = 133.333...% of 1000.00 = 1333.333... -> 1333.33
        PayoutFactor factor = CURVE.factorAt(new BigDecimal("110"));
        assertThat(factor.shown()).isEqualTo("133.33%");
        assertThat(factor.of(TARGET_PAYOUT)).isEqualTo(Money.of("1333.33", "EUR"));
        assertThat(factor.of(Money.of("3000", "EUR"))).isEqualTo(Money.of("4000", "EUR"));
    }

    @Test
    void aHalfCentIsRoundedUp() {
        // 50 % of 100.01 is 50.005
        assertThat(CURVE.factorAt(new BigDecimal("80")).of(Money.of("100.01", "EUR"))).isEqualTo(Money.of("50.01", "EUR"));
    }

    @Test
    void aCurveStartingAtZeroPaysNothingAtTheThresholdItself() {
        PayoutCurve fromZero = PayoutCurve.of("0", "5", "10", "0", "250");
        assertThat(fromZero.factorAt(BigDecimal.ZERO).of(TARGET_PAYOUT)).isEqualTo(Money.of("0", "EUR"));
        assertThat(fromZero.factorAt(new BigDecimal("2.5")).of(TARGET_PAYOUT)).isEqualTo(Money.of("500", "EUR"));
    }

    @Test
    void negativeValuesWorkForGrowthCurves() {
        PayoutCurve recovery = PayoutCurve.of("-10", "0", "5", "0", "200");
        assertThat(recovery.factorAt(new BigDecimal("-5")).of(TARGET_PAYOUT)).isEqualTo(Money.of("500", "EUR"));
        assertThat(recovery.factorAt(new BigDecimal("-10.1")).of(TARGET_PAYOUT)).isEqualTo(Money.of("0", "EUR"));
    }

    @Test
    void aCurveThatPaysLessSteeplyAboveTargetIsNoAcceleratorAndIsRefused() {
        assertThatThrownBy(() -> PayoutCurve.of("80", "100", "130", "50", "110"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("accelerator");
    }

    @Test
    void thresholdTargetAndCapMustRise() {
        assertThatThrownBy(() -> PayoutCurve.of("100", "100", "130", "50", "200"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PayoutCurve.of("80", "130", "130", "50", "200"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theCapMustPayMoreThanTheTarget() {
        assertThatThrownBy(() -> PayoutCurve.of("80", "100", "130", "50", "100"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theExplanationNamesTheStretchAndTheFactor() {
        assertThat(CURVE.explain(new BigDecimal("79"))).isEqualTo("below threshold 80: 0.00%");
        assertThat(CURVE.explain(new BigDecimal("90")))
                .isEqualTo("between threshold 80 (50.0%) and target 100 (100%): 75.00%");
        assertThat(CURVE.explain(new BigDecimal("115")))
                .isEqualTo("above target 100 (100%), accelerating to cap 130 (200.0%): 150.00%");
        assertThat(CURVE.explain(new BigDecimal("131"))).isEqualTo("at or above cap 130: 200.00%");
    }
}
