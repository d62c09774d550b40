package dev.kam.account.domain.health;

/**
 * How well our team covers the client's buying centre, as last reported by contact-service:
 * whether anyone of ours has a relationship with a LEADER, whether BUTLERs are the only people we
 * reach, and how many of our people hold client relationships.
 */
public record StakeholderCoverage(boolean leaderCovered, boolean onlyButlerReachable, int relationshipHolders) {

    public StakeholderCoverage {
        if (relationshipHolders < 0) {
            throw new IllegalArgumentException("Relationship holders cannot be negative");
        }
    }
}
