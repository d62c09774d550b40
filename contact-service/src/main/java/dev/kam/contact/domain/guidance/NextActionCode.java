package dev.kam.contact.domain.guidance;

/** Stable codes of the next actions the buying centre calls for, in the order they are listed. */
public enum NextActionCode {
    /** Nobody still at the client is on record. */
    MAP_THE_BUYING_CENTRE,
    /** Our main contact is a butler and none of our people reaches a leader. */
    BUTLER_MAIN_CONTACT_NO_LEADER_REACHED,
    /** No leader of the buying centre is identified. */
    IDENTIFY_A_LEADER,
    /** A leader nobody of ours has a relationship with. */
    LEADER_WITHOUT_RELATIONSHIP,
    /** A specifier no logged interaction has informed within the cadence (or ever). */
    SPECIFIER_NOT_INFORMED,
    /** Every relationship with a leader or specifier is poor. */
    KEY_PERSON_RELATIONSHIP_POOR,
    /** All relationships run through one of our people. */
    WIDEN_SINGLE_THREAD,
    /** Nobody is marked as the primary contact (an account's rule; not asked of a purchase decision). */
    NAME_A_PRIMARY_CONTACT
}
