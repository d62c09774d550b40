package dev.kam.account.domain.access;

/** What a caller wants to do with an account, and the access level it takes. */
public enum AccountAction {
    VIEW_SUMMARY(AccessLevel.SUMMARY),
    VIEW_DOSSIER(AccessLevel.READ),
    LOG_INTERACTION(AccessLevel.CONTRIBUTE),
    RECORD_PROBLEM(AccessLevel.CONTRIBUTE),
    RECORD_CONCESSION(AccessLevel.CONTRIBUTE),
    /** Specialists build the total-cost-of-ownership arguments, so any team member may. */
    EDIT_VALUE_CASE(AccessLevel.CONTRIBUTE),
    /**
     * Asking for a fresh health assessment now instead of waiting for the next scheduled one: it writes
     * history and may publish events, so it takes more than reading, but anyone working the account may.
     */
    ASSESS_HEALTH(AccessLevel.CONTRIBUTE),
    /** Reporting progress on one's own plan action; changing the plan itself is EDIT_PLAN. */
    UPDATE_ACTION_PROGRESS(AccessLevel.CONTRIBUTE),
    EDIT_DOSSIER(AccessLevel.MANAGE),
    EDIT_PLAN(AccessLevel.MANAGE),
    CHANGE_STATUS(AccessLevel.MANAGE),
    MANAGE_TEAM(AccessLevel.MANAGE),
    TRANSFER_OWNERSHIP(AccessLevel.MANAGE),
    /**
     * Purchase volumes drive bonuses, so the people paid on them do not type them in: only those who
     * manage the account (or the ERP feed) record them.
     */
    RECORD_PURCHASE_VOLUME(AccessLevel.MANAGE);

    private final AccessLevel required;

    AccountAction(AccessLevel required) {
        this.required = required;
    }

    public AccessLevel required() {
        return required;
    }
}
