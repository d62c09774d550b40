package dev.kam.contact.domain.relationship;

import dev.kam.kernel.DomainRuleViolation;
import java.time.LocalDate;
import java.util.Optional;

/** The day one of ours last spoke with the client person: a fact, so never a day still to come. */
public final class LastContact {

    private LastContact() {
    }

    public static Optional<LocalDate> checked(Optional<LocalDate> day, LocalDate today) {
        if (day == null || today == null) {
            throw new IllegalArgumentException("Day and today must be given, even if empty");
        }
        if (day.isPresent() && day.get().isAfter(today)) {
            throw new DomainRuleViolation("last-contact-in-future",
                    "The last contact is a day that has passed; it cannot be after today");
        }
        return day;
    }
}
