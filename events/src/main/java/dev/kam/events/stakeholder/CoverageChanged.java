package dev.kam.events.stakeholder;

import java.time.Instant;

/**
 * How well our team covers the account's buying centre, after any change to stakeholders or
 * relationships: whether we have a relationship with at least one LEADER, whether the only people
 * we reach are BUTLERs, and how many of our people hold relationships.
 */
public record CoverageChanged(
        String accountId,
        int stakeholderCount,
        boolean leaderCovered,
        boolean onlyButlerReachable,
        int relationshipHolders,
        Instant assessedAt) {
}
