package dev.kam.account.domain.negotiation;

import dev.kam.kernel.Money;
import java.util.Optional;

/**
 * One move in a negotiation: something we gave or received (a discount, longer payment terms, a
 * larger order, a reference). The value is optional because many concessions have no price.
 */
public record Concession(ConcessionDirection direction, String description, Optional<Money> value) {

    public static final int MAX_DESCRIPTION_LENGTH = 500;

    public Concession {
        if (direction == null) {
            throw new IllegalArgumentException("Say whether the concession was given or received");
        }
        if (description == null || description.isBlank()) {
            throw new IllegalArgumentException("Describe the concession");
        }
        description = description.strip();
        if (description.length() > MAX_DESCRIPTION_LENGTH) {
            throw new IllegalArgumentException(
                    "Concession description must be at most " + MAX_DESCRIPTION_LENGTH + " characters");
        }
        if (value == null) {
            throw new IllegalArgumentException("Value must be given or explicitly empty");
        }
        if (value.map(Money::isNegative).orElse(false)) {
            throw new IllegalArgumentException("A concession's value cannot be negative");
        }
    }

    public static Concession given(String description, Money value) {
        return new Concession(ConcessionDirection.GIVEN, description, Optional.ofNullable(value));
    }

    public static Concession received(String description, Money value) {
        return new Concession(ConcessionDirection.RECEIVED, description, Optional.ofNullable(value));
    }
}
