package dev.kam.plumbing.replica;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/**
 * Fired (synchronously, inside the transaction that applied the event, after the replica is flushed)
 * when an account's team in the replica was replaced: the hook for what a service derives from teams.
 *
 * @param previousMembers the user ids on the team before (empty for a team seen the first time)
 * @param members         the user ids on the team now
 */
public record AccountTeamReplaced(UUID accountId, Set<String> previousMembers, Set<String> members) {

    public AccountTeamReplaced {
        previousMembers = Set.copyOf(previousMembers);
        members = Set.copyOf(members);
    }

    /** Everyone who was or is on the team: whoever joined or left now serves other accounts. */
    public Set<String> previousAndCurrentMembers() {
        Set<String> everyone = new HashSet<>(previousMembers);
        everyone.addAll(members);
        return Set.copyOf(everyone);
    }
}
