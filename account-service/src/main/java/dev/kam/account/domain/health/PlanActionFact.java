package dev.kam.account.domain.health;

import dev.kam.account.domain.dossier.ActionStatus;
import java.time.LocalDate;

/** A retention-plan action as health sees it: when it is due and where it stands. */
public record PlanActionFact(LocalDate dueOn, ActionStatus status) {

    public PlanActionFact {
        if (dueOn == null || status == null) {
            throw new IllegalArgumentException("Plan action due date and status are required");
        }
    }
}
