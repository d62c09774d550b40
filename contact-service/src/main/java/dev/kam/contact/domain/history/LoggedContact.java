package dev.kam.contact.domain.history;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;

/**
 * One logged interaction a client person took part in, as far as this service keeps it: which
 * interaction, when, and how (if known). Never its summary: that stays in account-service's dossier.
 */
public record LoggedContact(UUID interactionId, Instant at, Optional<InteractionKind> kind) {

    public LoggedContact {
        if (interactionId == null || at == null || kind == null) {
            throw new IllegalArgumentException("Interaction, time and kind (possibly empty) are required");
        }
    }

    public boolean inPerson() {
        return kind.map(InteractionKind::inPerson).orElse(false);
    }

    public LocalDate day(ZoneId zone) {
        return LocalDate.ofInstant(at, zone);
    }

    boolean isAfter(LoggedContact other) {
        return at.isAfter(other.at);
    }
}
