package dev.kam.account.domain.dossier;

/** How much a client problem matters to the client. */
public enum Importance {
    LOW,
    MEDIUM,
    HIGH,
    CRITICAL;

    /** HIGH and CRITICAL problems are the ones whose neglect cools a relationship. */
    public boolean isImportant() {
        return this == HIGH || this == CRITICAL;
    }
}
