package dev.kam.incentive.domain.workload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class BurdenBandsTest {

    private static final BurdenBands DISTANCE = BurdenBands.rising("10", "50", "150", "400");
    private static final BurdenBands FULFILMENT = BurdenBands.falling("80", "90", "95", "98");

    private static int burden(BurdenBands bands, String value) {
        return bands.burdenOf(new BigDecimal(value)).value();
    }

    @Test
    void whenMoreMeansMoreWorkALimitItselfBelongsToTheLighterBand() {
        assertThat(burden(DISTANCE, "0")).isEqualTo(1);
        assertThat(burden(DISTANCE, "10")).isEqualTo(1);
        assertThat(burden(DISTANCE, "11")).isEqualTo(2);
        assertThat(burden(DISTANCE, "150")).isEqualTo(3);
        assertThat(burden(DISTANCE, "400")).isEqualTo(4);
        assertThat(burden(DISTANCE, "401")).isEqualTo(5);
    }

    @Test
    void whenMoreMeansLessWorkALimitItselfBelongsToTheLighterBand() {
        assertThat(burden(FULFILMENT, "100")).isEqualTo(1);
        assertThat(burden(FULFILMENT, "98")).isEqualTo(1);
        assertThat(burden(FULFILMENT, "97.9")).isEqualTo(2);
        assertThat(burden(FULFILMENT, "90")).isEqualTo(3);
        assertThat(burden(FULFILMENT, "80")).isEqualTo(4);
        assertThat(burden(FULFILMENT, "79.9")).isEqualTo(5);
    }

    @Test
    void limitsMustRiseStrictly() {
        assertThatThrownBy(() -> BurdenBands.rising("10", "10", "150", "400"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void exactlyFourLimitsAreNeeded() {
        assertThatThrownBy(() -> BurdenBands.rising("10", "50", "150"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
