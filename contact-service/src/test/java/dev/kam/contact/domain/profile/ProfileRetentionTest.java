package dev.kam.contact.domain.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ProfileRetentionTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private final ProfileRetention retention = new ProfileRetention(365);

    @Test
    void aProfileIsKeptForTheRetentionPeriodAfterTheDeparture() {
        assertThat(retention.isDue(TODAY.minusDays(365), TODAY)).isFalse();
    }

    @Test
    void aProfileIsPurgedTheDayAfterTheRetentionEnds() {
        assertThat(retention.isDue(TODAY.minusDays(366), TODAY)).isTrue();
    }

    @Test
    void someoneStillAtTheClientIsNeverDue() {
        assertThat(retention.isDue(null, TODAY)).isFalse();
    }

    @Test
    void aNegativeRetentionIsRefused() {
        assertThatThrownBy(() -> new ProfileRetention(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
