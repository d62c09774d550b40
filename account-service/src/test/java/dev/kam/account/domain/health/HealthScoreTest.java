package dev.kam.account.domain.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class HealthScoreTest {

    private static CoolingCause cause(CauseCode code, int penalty) {
        return new CoolingCause(code, penalty, "because");
    }

    @Test
    void noCausesScoreAHundred() {
        assertThat(HealthScore.after(List.of())).isEqualTo(new HealthScore(100));
    }

    @Test
    void theScoreIsAHundredMinusThePenalties() {
        assertThat(HealthScore.after(List.of(cause(CauseCode.PURCHASE_DECLINE, 24),
                cause(CauseCode.OVERDUE_CONTACT, 10))))
                .isEqualTo(new HealthScore(66));
    }

    @Test
    void penaltiesOfExactlyAHundredScoreZero() {
        assertThat(HealthScore.after(List.of(cause(CauseCode.PURCHASE_DECLINE, 60),
                cause(CauseCode.KEY_PERSON_LEFT, 40))))
                .isEqualTo(new HealthScore(0));
    }

    @Test
    void theScoreNeverFallsBelowZero() {
        assertThat(HealthScore.after(List.of(cause(CauseCode.PURCHASE_DECLINE, 100),
                cause(CauseCode.KEY_PERSON_LEFT, 100))))
                .isEqualTo(new HealthScore(0));
    }

    @Test
    void aScoreOutsideZeroToAHundredIsRefused() {
        assertThatThrownBy(() -> new HealthScore(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new HealthScore(101)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theDropIsMeasuredFromTheEarlierScore() {
        assertThat(new HealthScore(70).dropSince(new HealthScore(85))).isEqualTo(15);
        assertThat(new HealthScore(90).dropSince(new HealthScore(85))).isEqualTo(-5);
    }

    @Test
    void aCauseCostsBetweenOneAndAHundredPointsAndIsExplained() {
        assertThatThrownBy(() -> new CoolingCause(CauseCode.PURCHASE_DECLINE, 0, "x"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CoolingCause(CauseCode.PURCHASE_DECLINE, 101, "x"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CoolingCause(CauseCode.PURCHASE_DECLINE, 5, " "))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aWorseBandIsFurtherDownTheList() {
        assertThat(HealthBand.AT_RISK.isWorseThan(HealthBand.WATCH)).isTrue();
        assertThat(HealthBand.WATCH.isWorseThan(HealthBand.WATCH)).isFalse();
        assertThat(HealthBand.HEALTHY.isWorseThan(HealthBand.CRITICAL)).isFalse();
    }
}
