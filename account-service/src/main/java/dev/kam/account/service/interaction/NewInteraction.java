package dev.kam.account.service.interaction;

import dev.kam.account.domain.dossier.InteractionKind;
import dev.kam.account.domain.dossier.Outcome;
import dev.kam.account.domain.negotiation.Concession;
import dev.kam.kernel.UserId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * An interaction to log, as domain values; the rules are checked by the domain's Interaction when
 * it is logged.
 *
 * @param ourParticipants empty means the caller alone
 */
public record NewInteraction(
        InteractionKind kind,
        Instant occurredAt,
        List<UserId> ourParticipants,
        List<UUID> stakeholderIds,
        String summary,
        Outcome outcome,
        Optional<String> nextStep,
        Optional<LocalDate> followUpOn,
        List<Concession> concessions) {
}
