package dev.kam.events.stakeholder;

import java.time.Instant;

/**
 * A person's data was erased in contact-service (a data-subject request): replicas must purge
 * whatever they hold about this stakeholder id (e.g. names taken from earlier events). Ids only.
 */
public record StakeholderErased(
        String accountId,
        String stakeholderId,
        Instant erasedAt) {
}
