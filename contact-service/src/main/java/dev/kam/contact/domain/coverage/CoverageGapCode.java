package dev.kam.contact.domain.coverage;

/** Stable codes of the ways our team can fail to cover a buying centre. */
public enum CoverageGapCode {
    /** Nobody from the client is on record (or everyone on record has left). */
    NO_STAKEHOLDERS,
    /** None of our people has a relationship with a current LEADER (or no LEADER is known). */
    NO_LEADER_RELATIONSHIP,
    /** Everyone we reach is a BUTLER. */
    ONLY_BUTLER_REACHABLE,
    /** All relationships run through one of our people. */
    SINGLE_THREADED,
    /** A LEADER or SPECIFIER nobody on our side has a relationship with. */
    KEY_PERSON_UNCOVERED
}
