package dev.kam.account.domain.access;

/** How much of an account a caller may see or do; each level includes the ones before it. */
public enum AccessLevel {
    /** The account does not exist for this caller (the service answers 404). */
    NONE,
    /** A non-personal summary: name, segment, status, health band, volumes. */
    SUMMARY,
    /** The full dossier. */
    READ,
    /** Read, and add to the history: interactions, problems, concessions, progress on plan actions. */
    CONTRIBUTE,
    /** Contribute, and change the dossier itself, its team, status, plans and purchase volumes. */
    MANAGE;

    public boolean includes(AccessLevel required) {
        return compareTo(required) >= 0;
    }
}
