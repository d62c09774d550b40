package dev.kam.events.stakeholder;

import java.time.Instant;

/**
 * A person of the client's buying centre was put on record, with the role of the first assessment
 * (LEADER, SPECIFIER, HELPER, BUTLER). Name only: position, channels and profile stay in contact-service.
 */
public record StakeholderAdded(
        String accountId,
        String stakeholderId,
        String name,
        String role,
        boolean primaryContact,
        Instant addedAt) {
}
