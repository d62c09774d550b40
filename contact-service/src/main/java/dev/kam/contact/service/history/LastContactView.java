package dev.kam.contact.service.history;

import dev.kam.contact.domain.history.InteractionKind;
import dev.kam.contact.domain.history.LoggedContact;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A logged interaction a client person took part in: when, which one (account-service's id) and how. */
@Schema(description = "A logged interaction the person took part in (account-service's interaction id)")
public record LastContactView(
        Instant at,
        UUID interactionId,
        @Schema(description = "How it took place; null for a kind this service does not know") InteractionKind kind) {

    public static LastContactView of(Optional<LoggedContact> contact) {
        return contact.map(c -> new LastContactView(c.at(), c.interactionId(), c.kind().orElse(null))).orElse(null);
    }
}
