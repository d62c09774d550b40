package dev.kam.account.rest.plan;

import dev.kam.account.domain.dossier.ActionStatus;
import dev.kam.account.domain.dossier.PlanAction;
import dev.kam.account.service.plan.PlanActionChanges;
import dev.kam.kernel.UserId;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Changes to a plan action: only the fields sent change. */
@Schema(description = "Changes to a plan action; its owner may change the status alone, anything else changes the plan")
public record UpdatePlanActionRequest(
        @Size(min = 1, max = PlanAction.MAX_TITLE_LENGTH) String title,
        @Schema(description = "Keycloak user id of a team member") @Size(min = 1, max = UserId.MAX_LENGTH)
        @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") String ownerId,
        LocalDate dueOn,
        @Schema(description = "Finishing (DONE, CANCELLED) sets completedOn to today; reopening clears it")
        ActionStatus status) {

    PlanActionChanges toChanges() {
        return new PlanActionChanges(Optional.ofNullable(title), Optional.ofNullable(ownerId).map(UserId::new),
                Optional.ofNullable(dueOn), Optional.ofNullable(status));
    }
}
