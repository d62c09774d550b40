package dev.kam.account.service.concession;

import dev.kam.account.domain.negotiation.Concession;
import java.util.Optional;
import java.util.UUID;

/**
 * A concession to record on its own, optionally as part of a negotiation already logged.
 *
 * @param interactionId the negotiation it was made in; it must be one of the account's NEGOTIATION interactions
 */
public record NewConcession(Concession concession, Optional<UUID> interactionId) {

    public NewConcession {
        if (concession == null || interactionId == null) {
            throw new IllegalArgumentException("Concession and interaction (or empty) are required");
        }
    }
}
