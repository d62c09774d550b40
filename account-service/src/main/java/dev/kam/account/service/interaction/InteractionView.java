package dev.kam.account.service.interaction;

import dev.kam.account.domain.dossier.InteractionKind;
import dev.kam.account.domain.dossier.Outcome;
import dev.kam.account.repository.InteractionEntity;
import dev.kam.account.service.concession.ConcessionView;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A logged contact with the client, with the concessions recorded with it (negotiations only) and the
 * client's people who took part, named as contact-service last announced them.
 */
@Schema(description = "A logged interaction with the client")
public record InteractionView(
        UUID id,
        UUID accountId,
        @Schema(enumeration = {"MEETING", "CALL", "NEGOTIATION", "EMAIL", "VISIT"}) InteractionKind kind,
        Instant occurredAt,
        @Schema(description = "Keycloak user ids of our people who took part") List<String> ourParticipantIds,
        @Schema(description = "contact-service ids of the client's people who took part") List<String> stakeholderIds,
        @Schema(description = "The client's people who took part, in the order of stakeholderIds, with their names")
        List<ClientAttendee> stakeholders,
        String summary,
        @Schema(enumeration = {"POSITIVE", "NEUTRAL", "NEGATIVE"}) Outcome outcome,
        String nextStep,
        LocalDate followUpOn,
        List<ConcessionView> concessions,
        @Schema(description = "Keycloak user id of whoever logged it") String loggedBy,
        Instant loggedAt) {

    /** A client person who took part; {@code name} is null when contact-service has not named him here. */
    @Schema(description = "A client person who took part")
    public record ClientAttendee(
            @Schema(description = "contact-service stakeholder id") String id,
            @Schema(description = "His name as contact-service last announced it; null when not known here "
                    + "(not yet arrived, or his data was erased)") String name) {
    }

    static InteractionView of(InteractionEntity interaction, List<ConcessionView> concessions,
            Map<UUID, String> names) {
        List<ClientAttendee> attendees = interaction.stakeholderIds.stream()
                .map(id -> new ClientAttendee(id, names.get(UUID.fromString(id))))
                .toList();
        return new InteractionView(interaction.id, interaction.accountId, interaction.kind, interaction.occurredAt,
                List.copyOf(interaction.ourParticipants), List.copyOf(interaction.stakeholderIds), attendees,
                interaction.summary, interaction.outcome, interaction.nextStep, interaction.followUpOn, concessions,
                interaction.loggedBy, interaction.loggedAt);
    }
}
