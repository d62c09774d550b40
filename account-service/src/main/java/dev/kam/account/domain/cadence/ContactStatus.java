package dev.kam.account.domain.cadence;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Whether the next contact is due or overdue, in whole calendar days (people think "due on the
 * 14th", not "due at 09:32"). The next contact is due one interval after the last one; an account
 * never contacted is due one interval after its registration. It is overdue from the day after the
 * due date. The zone turns instants into calendar days and is the company's, chosen by the service.
 */
public record ContactStatus(
        ContactCadence cadence, Optional<LocalDate> lastContactOn, LocalDate dueDate, LocalDate today) {

    public ContactStatus {
        if (cadence == null || lastContactOn == null || dueDate == null || today == null) {
            throw new IllegalArgumentException("Cadence, last contact (or empty), due date and today are required");
        }
    }

    public static ContactStatus of(
            ContactCadence cadence, Instant registeredAt, Optional<Instant> lastContact, Instant now, ZoneId zone) {
        if (cadence == null || registeredAt == null || lastContact == null || now == null || zone == null) {
            throw new IllegalArgumentException(
                    "Cadence, registration, last contact (or empty), now and zone are required");
        }
        Optional<LocalDate> lastContactOn = lastContact.map(at -> LocalDate.ofInstant(at, zone));
        LocalDate counted = lastContactOn.orElse(LocalDate.ofInstant(registeredAt, zone));
        return new ContactStatus(cadence, lastContactOn, counted.plusDays(cadence.intervalDays()),
                LocalDate.ofInstant(now, zone));
    }

    public boolean neverContacted() {
        return lastContactOn.isEmpty();
    }

    public boolean overdue() {
        return today.isAfter(dueDate);
    }

    public int daysOverdue() {
        return (int) Math.max(0, ChronoUnit.DAYS.between(dueDate, today));
    }

    /** Days left until the due date; zero on the due date and once overdue. */
    public int daysUntilDue() {
        return (int) Math.max(0, ChronoUnit.DAYS.between(today, dueDate));
    }
}
