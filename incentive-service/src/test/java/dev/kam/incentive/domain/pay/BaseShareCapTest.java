package dev.kam.incentive.domain.pay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kam.kernel.DomainRuleViolation;
import dev.kam.kernel.Money;
import dev.kam.kernel.Percentage;
import org.junit.jupiter.api.Test;

class BaseShareCapTest {

    private static final BaseShareCap CAP = BaseShareCap.defaults();
    private static final Money TOTAL = Money.of("10000", "EUR");

    private static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }

    @Test
    void theDefaultCapIsSeventyPercent() {
        assertThat(CAP.cap()).isEqualTo(Percentage.of("70"));
    }

    @Test
    void aBaseOfExactlySeventyPercentPasses() {
        assertThat(CAP.allows(eur("7000.00"), TOTAL)).isTrue();
        CAP.check(eur("7000.00"), TOTAL);
    }

    @Test
    void aBaseOfSeventyPointZeroOnePercentFails() {
        assertThat(CAP.allows(eur("7001.00"), TOTAL)).isFalse();
        assertThatThrownBy(() -> CAP.check(eur("7001.00"), TOTAL))
                .isInstanceOf(DomainRuleViolation.class)
                .extracting(e -> ((DomainRuleViolation) e).rule())
                .isEqualTo(BaseShareCap.RULE);
    }

    @Test
    void theRefusalExplainsTheNumbers() {
        assertThatThrownBy(() -> CAP.check(eur("7001.00"), TOTAL))
                .hasMessage("The base salary 7001.00 EUR is 70.01% of the total possible reward 10000.00 EUR, "
                        + "more than the 70.0% allowed: the base may be at most 7000.00 EUR");
    }

    @Test
    void theExcessCarriesEachNumberOfTheRefusal() {
        BaseShareCap.Excess excess = CAP.excess(eur("7001.00"), TOTAL).orElseThrow();

        assertThat(excess.base()).isEqualTo(eur("7001.00"));
        assertThat(excess.totalPossibleReward()).isEqualTo(TOTAL);
        assertThat(excess.sharePercent()).isEqualTo("70.01");
        assertThat(excess.cap()).isEqualTo(Percentage.of("70"));
        assertThat(excess.largestBase()).isEqualTo(eur("7000.00"));
    }

    @Test
    void aBaseWithinTheCapHasNoExcess() {
        assertThat(CAP.excess(eur("7000.00"), TOTAL)).isEmpty();
    }

    @Test
    void oneCentAboveTheCapFailsAndIsNotShownAsSeventyPercent() {
        assertThatThrownBy(() -> CAP.check(eur("7000.01"), TOTAL))
                .isInstanceOf(DomainRuleViolation.class)
                .hasMessageContaining("is 70.0001% of");
    }

    @Test
    void theLargestBaseAllowedIsRoundedDownSoItAlwaysPasses() {
        Money total = eur("3333.33");
        // 70 % of 3333.33 is 2333.331
        assertThat(CAP.largestBase(total)).isEqualTo(eur("2333.33"));
        assertThat(CAP.allows(eur("2333.33"), total)).isTrue();
        assertThat(CAP.allows(eur("2333.34"), total)).isFalse();
    }

    @Test
    void theCapIsConfigurable() {
        BaseShareCap sixty = new BaseShareCap(Percentage.of("60"));
        assertThat(sixty.allows(eur("6000"), TOTAL)).isTrue();
        assertThat(sixty.allows(eur("6000.01"), TOTAL)).isFalse();
    }

    @Test
    void aCapOfNothingOrAboveOneHundredPercentIsRefused() {
        assertThatThrownBy(() -> new BaseShareCap(Percentage.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BaseShareCap(Percentage.of("100.1"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void baseAndTotalMustBeInOneCurrency() {
        assertThatThrownBy(() -> CAP.check(Money.of("100", "USD"), TOTAL)).isInstanceOf(IllegalArgumentException.class);
    }
}
