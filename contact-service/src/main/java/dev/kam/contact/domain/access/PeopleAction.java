package dev.kam.contact.domain.access;

/** What a caller wants to do with an account's buying centre; the policy decides per action. */
public enum PeopleAction {
    /** Stakeholders, roles, assessments, decisions, relationships, next actions. */
    READ_PEOPLE,
    /** Add, change and mark departures of stakeholders; assess roles; record relationships. */
    WRITE_PEOPLE,
    /** The coverage figures and gaps (ids only, no names). */
    READ_COVERAGE,
    /** Read who read or changed a person's profile (no values): the team's own accountability. */
    READ_PROFILE_AUDIT,
    /** Read, change or export a negotiation profile. */
    HANDLE_PERSONAL_DATA,
    /** Erase a person's personal data. */
    ERASE_PERSONAL_DATA
}
