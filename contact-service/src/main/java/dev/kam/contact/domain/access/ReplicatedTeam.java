package dev.kam.contact.domain.access;

import dev.kam.kernel.UserId;
import java.util.Map;
import java.util.Set;

/**
 * An account team as contact-service knows it from account-service's events: each member with the
 * team role named in the event contract (KAM, TEAM_MEMBER, SUPPORT, SPECIALIST, MARKETING). The role
 * stays the contract's text: account-service owns its meaning, we only ask whether it is MARKETING.
 */
public record ReplicatedTeam(Map<UserId, String> rolesByMember) {

    public static final String MARKETING_ROLE = "MARKETING";

    public ReplicatedTeam {
        if (rolesByMember == null) {
            throw new IllegalArgumentException("Team members are required");
        }
        rolesByMember = Map.copyOf(rolesByMember);
    }

    public static ReplicatedTeam none() {
        return new ReplicatedTeam(Map.of());
    }

    public boolean isMember(UserId user) {
        return rolesByMember.containsKey(user);
    }

    /** Marketing on the team works with coverage and the people, not with negotiation profiles. */
    public boolean negotiates(UserId user) {
        return isMember(user) && !MARKETING_ROLE.equals(rolesByMember.get(user));
    }

    public Set<UserId> members() {
        return rolesByMember.keySet();
    }
}
