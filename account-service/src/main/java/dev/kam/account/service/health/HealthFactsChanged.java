package dev.kam.account.service.health;

import java.util.Set;
import java.util.UUID;

/**
 * Facts that feed these accounts' health (purchases, contacts, problems, plan actions, the team) changed in the
 * current transaction; health is reassessed after it commits.
 */
public record HealthFactsChanged(Set<UUID> accountIds) {

    public HealthFactsChanged {
        accountIds = Set.copyOf(accountIds);
    }

    public static HealthFactsChanged of(UUID accountId) {
        return new HealthFactsChanged(Set.of(accountId));
    }
}
