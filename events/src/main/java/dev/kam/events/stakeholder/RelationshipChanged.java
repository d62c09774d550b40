package dev.kam.events.stakeholder;

import java.time.Instant;

/**
 * One of our people's relationship with a client person was ADDED, UPDATED or REMOVED. Type and
 * quality are the values after the change (for REMOVED: the last ones). The reason stays in
 * contact-service.
 */
public record RelationshipChanged(
        String accountId,
        String stakeholderId,
        String holderId,
        String change,
        String type,
        String quality,
        Instant changedAt) {
}
