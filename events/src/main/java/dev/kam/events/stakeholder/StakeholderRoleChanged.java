package dev.kam.events.stakeholder;

import java.time.Instant;

/**
 * A new assessment moved a person to another buying-centre role, account-wide ({@code decisionId}
 * null) or in the buying centre of one purchase decision. {@code previousRole} is null for the first
 * assessment in a decision. The reasons stay in contact-service (free text may name people).
 */
public record StakeholderRoleChanged(
        String accountId,
        String stakeholderId,
        String decisionId,
        String previousRole,
        String role,
        boolean overridden,
        String assessedBy,
        Instant changedAt) {
}
