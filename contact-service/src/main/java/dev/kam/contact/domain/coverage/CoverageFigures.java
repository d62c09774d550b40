package dev.kam.contact.domain.coverage;

/**
 * The four numbers of the public event {@code dev.kam.stakeholder.coverage-changed.v1}, exactly as
 * published. {@code stakeholderCount} counts people still at the client.
 */
public record CoverageFigures(int stakeholderCount, boolean leaderCovered, boolean onlyButlerReachable,
        int relationshipHolders) {

    public CoverageFigures {
        if (stakeholderCount < 0 || relationshipHolders < 0) {
            throw new IllegalArgumentException("Counts cannot be negative");
        }
    }
}
