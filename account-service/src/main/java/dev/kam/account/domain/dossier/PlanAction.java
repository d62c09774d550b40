package dev.kam.account.domain.dossier;

import dev.kam.account.domain.access.AccountAction;
import dev.kam.kernel.BoundedText;
import dev.kam.kernel.UserId;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * One action of a retention and loyalty plan: what, who answers for it, by when, and where it
 * stands. It is overdue from the day after its due date until it is done or cancelled. It is
 * completed on the day it is finished; reopening it clears that date.
 */
public record PlanAction(String title, UserId owner, LocalDate dueOn, ActionStatus status,
        Optional<LocalDate> completedOn) {

    public static final int MAX_TITLE_LENGTH = 200;

    public PlanAction {
        if (owner == null || dueOn == null || status == null || completedOn == null) {
            throw new IllegalArgumentException("Owner, due date, status and completion (or empty) are required");
        }
        title = BoundedText.required(title, "title", MAX_TITLE_LENGTH);
        if (status.isFinished() != completedOn.isPresent()) {
            throw new IllegalArgumentException("Exactly the finished actions have a completion date");
        }
    }

    /** A new action; without a status it is PLANNED, and one added already finished completes today. */
    public static PlanAction planned(String title, UserId owner, LocalDate dueOn, Optional<ActionStatus> status,
            LocalDate today) {
        if (status == null || today == null) {
            throw new IllegalArgumentException("Status (or empty) and today's date are required");
        }
        ActionStatus initial = status.orElse(ActionStatus.PLANNED);
        return new PlanAction(title, owner, dueOn, initial,
                initial.isFinished() ? Optional.of(today) : Optional.empty());
    }

    /** The action with new values (unchanged ones passed as they are). */
    public PlanAction revised(String newTitle, UserId newOwner, LocalDate newDueOn, ActionStatus newStatus,
            LocalDate today) {
        if (newStatus == null || today == null) {
            throw new IllegalArgumentException("Status and today's date are required");
        }
        Optional<LocalDate> newCompletedOn;
        if (!newStatus.isFinished()) {
            newCompletedOn = Optional.empty();
        } else if (status.isFinished()) {
            newCompletedOn = completedOn;
        } else {
            newCompletedOn = Optional.of(today);
        }
        return new PlanAction(newTitle, newOwner, newDueOn, newStatus, newCompletedOn);
    }

    public boolean overdue(LocalDate today) {
        if (today == null) {
            throw new IllegalArgumentException("Today's date is required");
        }
        return !status.isFinished() && dueOn.isBefore(today);
    }

    public long daysOverdue(LocalDate today) {
        return overdue(today) ? ChronoUnit.DAYS.between(dueOn, today) : 0;
    }

    /**
     * What it takes to turn this action into {@code revised}: its owner may report progress (change
     * the status and nothing else); any other change is a change of the plan.
     */
    public AccountAction accessNeededFor(PlanAction revised, UserId caller) {
        if (revised == null || caller == null) {
            throw new IllegalArgumentException("The revised action and the caller are required");
        }
        boolean statusOnly = title.equals(revised.title) && owner.equals(revised.owner)
                && dueOn.equals(revised.dueOn);
        return statusOnly && owner.equals(caller) ? AccountAction.UPDATE_ACTION_PROGRESS : AccountAction.EDIT_PLAN;
    }
}
