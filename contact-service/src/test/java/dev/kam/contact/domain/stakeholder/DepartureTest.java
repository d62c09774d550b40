package dev.kam.contact.domain.stakeholder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kam.kernel.DomainRuleViolation;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DepartureTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    @Test
    void aDepartureTodayOrEarlierIsRecordedWithWhereHeWent() {
        Departure departure = Departure.record(StakeholderStatus.ACTIVE, TODAY, Optional.of(" Competitor AG "), TODAY);
        assertThat(departure.leftOn()).isEqualTo(TODAY);
        assertThat(departure.destination()).contains("Competitor AG");
    }

    @Test
    void aBlankDestinationMeansUnknown() {
        assertThat(Departure.record(StakeholderStatus.ACTIVE, TODAY.minusDays(9), Optional.of(" "), TODAY)
                .destination()).isEmpty();
    }

    @Test
    void aDayInTheFutureIsRefused() {
        assertThatThrownBy(() -> Departure.record(StakeholderStatus.ACTIVE, TODAY.plusDays(1), Optional.empty(), TODAY))
                .isInstanceOf(DomainRuleViolation.class);
    }

    @Test
    void someoneWhoLeftCannotLeaveAgain() {
        assertThatThrownBy(() -> Departure.record(StakeholderStatus.LEFT, TODAY, Optional.empty(), TODAY))
                .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("already left");
    }

    @Test
    void theDayIsRequired() {
        assertThatThrownBy(() -> Departure.record(StakeholderStatus.ACTIVE, null, Optional.empty(), TODAY))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
