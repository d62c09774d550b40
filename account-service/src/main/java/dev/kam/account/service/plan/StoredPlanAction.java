package dev.kam.account.service.plan;

import dev.kam.account.domain.dossier.PlanAction;
import dev.kam.account.repository.PlanActionEntity;
import dev.kam.kernel.UserId;
import java.util.Optional;

/** Moves a plan action between its row and the domain's PlanAction, which holds its rules. */
final class StoredPlanAction {

    private StoredPlanAction() {
    }

    static PlanAction read(PlanActionEntity stored) {
        return new PlanAction(stored.title, new UserId(stored.ownerId), stored.dueOn,
                stored.status, Optional.ofNullable(stored.completedOn));
    }

    static void write(PlanAction action, PlanActionEntity stored) {
        stored.title = action.title();
        stored.ownerId = action.owner().value();
        stored.dueOn = action.dueOn();
        stored.status = action.status();
        stored.completedOn = action.completedOn().orElse(null);
    }
}
