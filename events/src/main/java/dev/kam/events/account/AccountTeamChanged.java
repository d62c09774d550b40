package dev.kam.events.account;

import java.time.Instant;
import java.util.List;

/**
 * The account team after a change: the whole team, so a replica (e.g. access checks in other
 * services) can be rebuilt from the latest event alone. {@code change} says what happened:
 * MEMBER_ADDED, MEMBER_REMOVED, MEMBER_UPDATED, OWNER_TRANSFERRED or TEAM_FORMED.
 */
public record AccountTeamChanged(
        String accountId,
        String change,
        String affectedUserId,
        String ownerId,
        List<Member> members,
        Instant changedAt) {

    /** One member of our team and their role on it. */
    public record Member(String userId, String teamRole) {
    }
}
