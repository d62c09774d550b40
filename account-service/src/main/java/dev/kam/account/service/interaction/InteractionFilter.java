package dev.kam.account.service.interaction;

import dev.kam.account.domain.dossier.InteractionKind;
import dev.kam.account.domain.dossier.Outcome;
import java.time.Instant;

/**
 * Which interactions of an account to list; every field is optional.
 *
 * @param from occurred at or after
 * @param to   occurred before
 */
public record InteractionFilter(InteractionKind kind, Outcome outcome, Instant from, Instant to) {

    public InteractionFilter {
        if (from != null && to != null && !from.isBefore(to)) {
            throw new IllegalArgumentException("'from' must be before 'to'");
        }
    }
}
