package dev.kam.account.domain.dossier;

/** Where we are with one of the client's problems or tasks. */
public enum ProblemStatus {
    OPEN,
    IN_PROGRESS,
    SOLVED,
    /** Deliberately not pursued (e.g. outside what we can offer); no longer counts against health. */
    DROPPED;

    /** Still waiting for us: open or being worked on. */
    public boolean isOpen() {
        return this == OPEN || this == IN_PROGRESS;
    }
}
