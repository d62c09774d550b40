package dev.kam.account.repository;

import dev.kam.account.domain.dossier.InteractionKind;
import dev.kam.account.domain.dossier.Outcome;
import java.time.Instant;
import java.util.UUID;

/**
 * One page of an account's interaction history, newest first; filters are optional.
 *
 * @param from           occurred at or after
 * @param to             occurred before
 * @param afterOccurredAt keyset: the time of the last interaction of the previous page
 * @param afterId        keyset: its id
 */
public record InteractionQuery(
        UUID accountId,
        InteractionKind kind,
        Outcome outcome,
        Instant from,
        Instant to,
        Instant afterOccurredAt,
        UUID afterId) {
}
