package dev.kam.account.domain.cadence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ContactStatusTest {

    private static final ZoneId UTC = ZoneOffset.UTC;
    private static final ContactCadence MONTHLY = ContactCadence.everyDays(30);
    private static final Instant REGISTERED = Instant.parse("2026-01-01T10:00:00Z");

    private static ContactStatus status(String lastContact, String now) {
        return ContactStatus.of(MONTHLY, REGISTERED, Optional.ofNullable(lastContact).map(Instant::parse),
                Instant.parse(now), UTC);
    }

    @Test
    void theNextContactIsDueOneIntervalAfterTheLast() {
        ContactStatus status = status("2026-03-01T15:00:00Z", "2026-03-10T08:00:00Z");

        assertThat(status.dueDate()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(status.overdue()).isFalse();
        assertThat(status.daysUntilDue()).isEqualTo(21);
    }

    @Test
    void onTheDueDateContactIsNotYetOverdue() {
        ContactStatus status = status("2026-03-01T15:00:00Z", "2026-03-31T23:59:59Z");
        assertThat(status.overdue()).isFalse();
        assertThat(status.daysOverdue()).isZero();
        assertThat(status.daysUntilDue()).isZero();
    }

    @Test
    void theDayAfterTheDueDateContactIsOneDayOverdue() {
        ContactStatus status = status("2026-03-01T15:00:00Z", "2026-04-01T00:00:00Z");
        assertThat(status.overdue()).isTrue();
        assertThat(status.daysOverdue()).isEqualTo(1);
    }

    @Test
    void anAccountNeverContactedIsDueOneIntervalAfterRegistration() {
        ContactStatus status = status(null, "2026-02-15T12:00:00Z");

        assertThat(status.neverContacted()).isTrue();
        assertThat(status.dueDate()).isEqualTo(LocalDate.of(2026, 1, 31));
        assertThat(status.daysOverdue()).isEqualTo(15);
    }

    @Test
    void dueDatesCountTheLeapDay() {
        ContactStatus status = ContactStatus.of(MONTHLY, REGISTERED, Optional.of(Instant.parse("2024-02-15T10:00:00Z")),
                Instant.parse("2024-03-16T10:00:00Z"), UTC);
        assertThat(status.dueDate()).isEqualTo(LocalDate.of(2024, 3, 16));
        assertThat(status.overdue()).isFalse();
    }

    @Test
    void calendarDaysAreTakenInTheCompanysZone() {
        ZoneId auckland = ZoneId.of("Pacific/Auckland");
        ContactStatus status = ContactStatus.of(ContactCadence.everyDays(1), REGISTERED,
                Optional.of(Instant.parse("2026-03-01T20:00:00Z")), Instant.parse("2026-03-03T10:00:00Z"), auckland);
        // 20:00 UTC on 1 March is already 2 March in Auckland, so contact is due 3 March there
        assertThat(status.lastContactOn()).contains(LocalDate.of(2026, 3, 2));
        assertThat(status.overdue()).isFalse();
    }

    @Test
    void theCadenceIsOneToThreeHundredSixtyFiveDays() {
        assertThat(ContactCadence.everyDays(1).intervalDays()).isEqualTo(1);
        assertThat(ContactCadence.everyDays(365).intervalDays()).isEqualTo(365);
        assertThatThrownBy(() -> ContactCadence.everyDays(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ContactCadence.everyDays(366)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void missingInputsAreRefused() {
        assertThatThrownBy(() -> ContactStatus.of(MONTHLY, null, Optional.empty(), Instant.now(), UTC))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ContactStatus.of(MONTHLY, REGISTERED, Optional.empty(), Instant.now(), null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
