package dev.kam.account.domain.dossier;

/** Progress of an action in an account's retention plan. */
public enum ActionStatus {
    PLANNED,
    IN_PROGRESS,
    DONE,
    CANCELLED;

    /** Done or cancelled: nothing is owed any more, so it can no longer be overdue. */
    public boolean isFinished() {
        return this == DONE || this == CANCELLED;
    }
}
