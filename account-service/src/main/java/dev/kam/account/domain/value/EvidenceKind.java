package dev.kam.account.domain.value;

/**
 * What a cost figure rests on. Buyers discount what they cannot check, so quantifiable or
 * demonstrable evidence weighs more than estimates, and estimates more than opinion.
 */
public enum EvidenceKind {
    /** Measured at this client (their records, our logged data). */
    MEASURED,
    /** Not measured here, but we can show it (a trial, a reference case, a test report). */
    DEMONSTRABLE,
    ESTIMATE,
    OPINION;

    public boolean isHard() {
        return this == MEASURED || this == DEMONSTRABLE;
    }
}
