package dev.kam.account.rest.interaction;

import dev.kam.account.domain.dossier.Interaction;
import dev.kam.account.domain.dossier.InteractionKind;
import dev.kam.account.domain.dossier.Outcome;
import dev.kam.account.rest.concession.ConcessionRequest;
import dev.kam.account.service.interaction.NewInteraction;
import dev.kam.kernel.UserId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A contact with the client to add to the relationship history. */
@Schema(description = "An interaction to log")
public record LogInteractionRequest(
        @NotNull InteractionKind kind,
        @Schema(description = "When it took place; not in the future (a few minutes of clock skew are tolerated)")
        @NotNull Instant occurredAt,
        @Schema(description = "Keycloak user ids of our people who took part; the caller alone when omitted")
        @Size(max = Interaction.MAX_PARTICIPANTS)
        List<@NotBlank @Size(max = UserId.MAX_LENGTH) String> ourParticipantIds,
        @Schema(description = "contact-service ids of the client's people who took part")
        @Size(max = Interaction.MAX_STAKEHOLDERS) List<@NotNull UUID> stakeholderIds,
        @NotBlank @Size(max = Interaction.MAX_SUMMARY_LENGTH) String summary,
        @NotNull Outcome outcome,
        @Size(max = Interaction.MAX_NEXT_STEP_LENGTH) String nextStep,
        @Schema(description = "When to follow up") LocalDate followUpOn,
        @Schema(description = "Concessions made in a NEGOTIATION; refused with any other kind")
        @Size(max = Interaction.MAX_CONCESSIONS) List<@NotNull @Valid ConcessionRequest> concessions) {

    NewInteraction toNewInteraction() {
        return new NewInteraction(kind, occurredAt,
                ourParticipantIds == null ? List.of() : ourParticipantIds.stream().map(UserId::new).toList(),
                stakeholderIds == null ? List.of() : stakeholderIds,
                summary, outcome, Optional.ofNullable(nextStep), Optional.ofNullable(followUpOn),
                concessions == null ? List.of() : concessions.stream().map(ConcessionRequest::toConcession).toList());
    }
}
