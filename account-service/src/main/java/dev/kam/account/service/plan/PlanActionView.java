package dev.kam.account.service.plan;

import dev.kam.account.domain.dossier.ActionStatus;
import dev.kam.account.domain.dossier.PlanAction;
import dev.kam.account.repository.PlanActionEntity;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An action of a retention plan, with whether it is overdue today. */
@Schema(description = "An action of an account's retention and loyalty plan")
public record PlanActionView(
        UUID id,
        UUID accountId,
        UUID objectiveId,
        String title,
        @Schema(description = "Keycloak user id of the team member who answers for it") String ownerId,
        LocalDate dueOn,
        @Schema(enumeration = {"PLANNED", "IN_PROGRESS", "DONE", "CANCELLED"}) ActionStatus status,
        @Schema(description = "Set when it is done or cancelled") LocalDate completedOn,
        @Schema(description = "Not done or cancelled and past its due date") boolean overdue,
        int daysOverdue,
        @Schema(description = "Version for optimistic locking; send it quoted in If-Match") long version) {

    static PlanActionView of(PlanActionEntity stored, LocalDate today) {
        PlanAction action = StoredPlanAction.read(stored);
        return new PlanActionView(stored.id, stored.accountId, stored.objectiveId, stored.title, stored.ownerId,
                stored.dueOn, stored.status, stored.completedOn, action.overdue(today),
                (int) action.daysOverdue(today), stored.version);
    }
}
