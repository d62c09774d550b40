package dev.kam.account.domain.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class PenaltyScaleTest {

    @Test
    void zeroUnitsCostTheBase() {
        assertThat(PenaltyScale.of(5, 1.0, 30).pointsFor(0)).isEqualTo(5);
    }

    @Test
    void unitsAreWeightedAndRoundedHalfUp() {
        PenaltyScale scale = PenaltyScale.of(5, 1.0, 30);
        assertThat(scale.pointsFor(new BigDecimal("18.5"))).isEqualTo(24);
        assertThat(scale.pointsFor(new BigDecimal("18.49"))).isEqualTo(23);
        assertThat(PenaltyScale.of(0, 0.5, 30).pointsFor(3)).isEqualTo(2);
    }

    @Test
    void pointsNeverExceedTheCap() {
        PenaltyScale scale = PenaltyScale.perItem(4, 16);
        assertThat(scale.pointsFor(4)).isEqualTo(16);
        assertThat(scale.pointsFor(5)).isEqualTo(16);
        assertThat(scale.pointsFor(3)).isEqualTo(12);
    }

    @Test
    void aCapBelowTheBaseWins() {
        assertThat(PenaltyScale.of(10, 1, 5).pointsFor(0)).isEqualTo(5);
    }

    @Test
    void negativeWeightsUnitsOrCapsAreRefused() {
        assertThatThrownBy(() -> PenaltyScale.of(-1, 1, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PenaltyScale.of(0, -1, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PenaltyScale.of(0, 1, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PenaltyScale.of(0, 1, 101)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PenaltyScale.of(0, 1, 5).pointsFor(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
