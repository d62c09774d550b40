package dev.kam.account.domain.health;

/** How many assessments (or coolings) in a portfolio carry one cause. */
public record CauseCount(CauseCode code, int occurrences) {

    public CauseCount {
        if (code == null) {
            throw new IllegalArgumentException("Cause code is required");
        }
        if (occurrences < 1) {
            throw new IllegalArgumentException("A counted cause appears at least once");
        }
    }
}
