package dev.kam.account.domain.team;

import dev.kam.kernel.UserId;

/** One of our people on an account team, with their role and written zone of responsibility. */
public record TeamMember(UserId userId, TeamRole role, ZoneOfResponsibility zone) {

    public TeamMember {
        if (userId == null) {
            throw new IllegalArgumentException("Team member's user id is required");
        }
        if (role == null) {
            throw new IllegalArgumentException("Team role is required");
        }
        if (zone == null) {
            throw new IllegalArgumentException("Zone of responsibility is required");
        }
    }

    public static TeamMember of(UserId userId, TeamRole role, String zone) {
        return new TeamMember(userId, role, ZoneOfResponsibility.of(zone));
    }

    TeamMember withRole(TeamRole newRole) {
        return new TeamMember(userId, newRole, zone);
    }
}
