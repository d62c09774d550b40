package dev.kam.account.service.plan;

import dev.kam.account.domain.dossier.ActionStatus;
import dev.kam.account.repository.PlanActionRepository.ActionOnAccount;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An overdue plan action, as a row of the portfolio list. */
@Schema(description = "A retention plan action past its due date, with its account")
public record OverduePlanActionView(
        UUID accountId,
        String accountName,
        UUID actionId,
        UUID objectiveId,
        String title,
        @Schema(description = "Keycloak user id of the team member who answers for it") String ownerId,
        LocalDate dueOn,
        @Schema(enumeration = {"PLANNED", "IN_PROGRESS"}) ActionStatus status,
        int daysOverdue,
        long version) {

    static OverduePlanActionView of(ActionOnAccount row, LocalDate today) {
        PlanActionView action = PlanActionView.of(row.action(), today);
        return new OverduePlanActionView(action.accountId(), row.accountName(), action.id(), action.objectiveId(),
                action.title(), action.ownerId(), action.dueOn(), action.status(), action.daysOverdue(),
                action.version());
    }
}
