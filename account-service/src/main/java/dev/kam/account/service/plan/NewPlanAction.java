package dev.kam.account.service.plan;

import dev.kam.account.domain.dossier.ActionStatus;
import dev.kam.kernel.UserId;
import java.time.LocalDate;
import java.util.Optional;

/**
 * An action to add to a plan objective.
 *
 * @param owner  the caller when empty
 * @param status PLANNED when empty
 */
public record NewPlanAction(String title, Optional<UserId> owner, LocalDate dueOn, Optional<ActionStatus> status) {

    public NewPlanAction {
        if (owner == null || status == null) {
            throw new IllegalArgumentException("Owner and status must be given or explicitly empty");
        }
        if (dueOn == null) {
            throw new IllegalArgumentException("Due date is required");
        }
    }
}
