package dev.kam.plumbing.replica;

import java.util.Set;
import java.util.UUID;

/**
 * Fired (synchronously, inside the transaction that applied the event, after the replica is flushed)
 * when an account's status in the replica changed, e.g. to LOST: the hook for what a service derives
 * from it, such as its team's workload.
 *
 * @param members the user ids on the account's team
 */
public record AccountStatusReplaced(UUID accountId, String status, Set<String> members) {

    public AccountStatusReplaced {
        members = Set.copyOf(members);
    }
}
