package dev.kam.account.rest.plan;

import dev.kam.account.domain.dossier.ActionStatus;
import dev.kam.account.domain.dossier.PlanAction;
import dev.kam.account.service.plan.NewPlanAction;
import dev.kam.kernel.UserId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An action to add under a plan objective. */
@Schema(description = "A retention plan action to add")
public record AddPlanActionRequest(
        @NotBlank @Size(max = PlanAction.MAX_TITLE_LENGTH) String title,
        @Schema(description = "Keycloak user id of the team member who answers for it; the caller when omitted")
        @Size(max = UserId.MAX_LENGTH) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") String ownerId,
        @NotNull LocalDate dueOn,
        @Schema(description = "PLANNED when omitted") ActionStatus status) {

    NewPlanAction toNewAction() {
        return new NewPlanAction(title, Optional.ofNullable(ownerId).map(UserId::new), dueOn,
                Optional.ofNullable(status));
    }
}
