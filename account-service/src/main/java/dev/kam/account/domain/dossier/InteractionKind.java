package dev.kam.account.domain.dossier;

/** How a contact with the client took place. */
public enum InteractionKind {
    MEETING,
    CALL,
    NEGOTIATION,
    EMAIL,
    /** A visit to the client's site (or the client's to ours), kept apart from meetings for travel load. */
    VISIT
}
