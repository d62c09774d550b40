package dev.kam.contact.domain.history;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/**
 * When a client person was last informed (any logged interaction he took part in) and last met in
 * person, and through which interactions. Only the newest counts: an interaction logged late does
 * not move either date back.
 */
public record ContactHistory(Optional<LoggedContact> lastInformed, Optional<LoggedContact> lastMet) {

    public ContactHistory {
        if (lastInformed == null || lastMet == null) {
            throw new IllegalArgumentException("Both contacts must be given, even if empty");
        }
        if (lastMet.isPresent() && lastInformed.isEmpty()) {
            throw new IllegalArgumentException("Whoever was met was informed");
        }
    }

    public static ContactHistory none() {
        return new ContactHistory(Optional.empty(), Optional.empty());
    }

    /** The history after the person took part in {@code contact}. */
    public ContactHistory with(LoggedContact contact) {
        if (contact == null) {
            throw new IllegalArgumentException("The contact is required");
        }
        Optional<LoggedContact> informed = newer(lastInformed, contact);
        Optional<LoggedContact> met = contact.inPerson() ? newer(lastMet, contact) : lastMet;
        return new ContactHistory(informed, met);
    }

    public Optional<LocalDate> lastInformedOn(ZoneId zone) {
        return lastInformed.map(contact -> contact.day(zone));
    }

    private static Optional<LoggedContact> newer(Optional<LoggedContact> kept, LoggedContact contact) {
        return kept.isEmpty() || contact.isAfter(kept.get()) ? Optional.of(contact) : kept;
    }
}
