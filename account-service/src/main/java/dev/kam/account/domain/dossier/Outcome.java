package dev.kam.account.domain.dossier;

/** How an interaction went, as judged by whoever logged it. */
public enum Outcome {
    POSITIVE,
    NEUTRAL,
    NEGATIVE
}
