package dev.kam.contact.domain.stakeholder;

import dev.kam.contact.domain.StakeholderId;
import dev.kam.kernel.DomainRuleViolation;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Who reports to whom among one client's people. Invariants: a manager is someone of the same
 * account on record, nobody reports to himself, and the lines never form a circle.
 */
public record OrgChart(Map<StakeholderId, Optional<StakeholderId>> managers) {

    public OrgChart {
        if (managers == null) {
            throw new IllegalArgumentException("The reporting lines are required");
        }
        managers = Map.copyOf(managers);
    }

    /** Checks that {@code person} may report to {@code manager} (none: he reports to nobody on record). */
    public void requireValidLine(StakeholderId person, Optional<StakeholderId> manager) {
        if (person == null || manager == null) {
            throw new IllegalArgumentException("Person and manager must be given, even if empty");
        }
        if (manager.isEmpty()) {
            return;
        }
        StakeholderId boss = manager.get();
        if (boss.equals(person)) {
            throw new DomainRuleViolation("reports-to-self", "A person cannot report to himself");
        }
        if (!managers.containsKey(boss)) {
            throw new DomainRuleViolation("reports-to-unknown",
                    "The manager must be a person of the same account on record");
        }
        Set<StakeholderId> seen = new HashSet<>();
        Optional<StakeholderId> next = manager;
        while (next.isPresent()) {
            StakeholderId current = next.get();
            if (current.equals(person)) {
                throw new DomainRuleViolation("reports-to-cycle",
                        "This reporting line would make the person his own indirect manager");
            }
            if (!seen.add(current)) {
                return; // an old circle above does not involve this person
            }
            next = managers.getOrDefault(current, Optional.empty());
        }
    }
}
