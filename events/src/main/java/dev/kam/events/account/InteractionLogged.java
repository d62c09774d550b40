package dev.kam.events.account;

import java.time.Instant;
import java.util.List;

/**
 * A contact with the client was logged. Only ids, kind and outcome: the summary stays in the dossier.
 */
public record InteractionLogged(
        String accountId,
        String interactionId,
        String kind,
        Instant occurredAt,
        String outcome,
        List<String> ourParticipantIds,
        List<String> stakeholderIds) {
}
