package dev.kam.account.domain.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class LookbackTest {

    private static final LocalDate TODAY = LocalDate.of(2024, 3, 1);
    private final Lookback thirtyDays = Lookback.ofDays(30);

    @Test
    void todayIsInside() {
        assertThat(thirtyDays.includes(TODAY, TODAY)).isTrue();
    }

    @Test
    void theFirstDayOfTheWindowIsInsideAndTheDayBeforeIsNot() {
        assertThat(thirtyDays.includes(TODAY.minusDays(30), TODAY)).isTrue();
        assertThat(thirtyDays.includes(TODAY.minusDays(31), TODAY)).isFalse();
    }

    @Test
    void theWindowCountsTheLeapDay() {
        // 30 days before 1 March 2024 is 31 January, because February 2024 has 29 days
        assertThat(thirtyDays.includes(LocalDate.of(2024, 1, 31), TODAY)).isTrue();
        assertThat(thirtyDays.includes(LocalDate.of(2024, 1, 30), TODAY)).isFalse();
    }

    @Test
    void theFutureIsOutside() {
        assertThat(thirtyDays.includes(TODAY.plusDays(1), TODAY)).isFalse();
    }

    @Test
    void aLookbackCoversAtLeastOneDay() {
        assertThatThrownBy(() -> Lookback.ofDays(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
