package dev.kam.contact.domain.brief;

/** Stable codes of what should worry the team about who sits at the table. */
public enum BriefWarningCode {
    /** Nobody from the client is expected. */
    NOBODY_AT_TABLE,
    /** Everyone expected is a BUTLER: no one there decides or cares. */
    ONLY_BUTLER_AT_TABLE,
    /** No LEADER is expected, so the decision may be taken elsewhere. */
    NO_LEADER_AT_TABLE,
    /** A LEADER at the table nobody on our side has a relationship with. */
    LEADER_UNKNOWN_TO_US,
    /** One of our people has a strained relationship with someone at the table. */
    STRAINED_RELATIONSHIP
}
