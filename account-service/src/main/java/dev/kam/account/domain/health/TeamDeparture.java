package dev.kam.account.domain.health;

import java.time.LocalDate;

/**
 * One of our people left the account team, and how many client relationships they held then: a
 * person who leaves for a competitor may take those relationships along.
 */
public record TeamDeparture(LocalDate leftOn, int relationshipsHeld) {

    public TeamDeparture {
        if (leftOn == null) {
            throw new IllegalArgumentException("Departure date is required");
        }
        if (relationshipsHeld < 0) {
            throw new IllegalArgumentException("Relationships held cannot be negative");
        }
    }
}
