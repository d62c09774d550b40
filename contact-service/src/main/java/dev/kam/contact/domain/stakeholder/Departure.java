package dev.kam.contact.domain.stakeholder;

import dev.kam.kernel.BoundedText;
import dev.kam.kernel.DomainRuleViolation;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A client person left his company: on which day, and where to if known (a competitor's buyer may
 * still be worth knowing). Recorded once; the day cannot lie in the future.
 */
public record Departure(LocalDate leftOn, Optional<String> destination) {

    public static final int MAX_DESTINATION_LENGTH = 300;

    public Departure {
        if (leftOn == null) {
            throw new IllegalArgumentException("The day he left is required");
        }
        destination = BoundedText.optional(destination, "destination", MAX_DESTINATION_LENGTH);
    }

    /** The departure of a person who is still {@code status}, as of {@code today}. */
    public static Departure record(StakeholderStatus status, LocalDate leftOn, Optional<String> destination,
            LocalDate today) {
        if (status == StakeholderStatus.LEFT) {
            throw new DomainRuleViolation("stakeholder-already-left", "This person has already left the client");
        }
        if (leftOn != null && leftOn.isAfter(today)) {
            throw new DomainRuleViolation("departure-in-future",
                    "A departure is recorded once it happened; the day cannot be after today");
        }
        return new Departure(leftOn, destination);
    }
}
