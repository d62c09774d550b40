package dev.kam.contact.service.relationship;

import dev.kam.contact.domain.relationship.RelationshipQuality;
import dev.kam.contact.domain.relationship.RelationshipType;
import dev.kam.contact.repository.RelationshipEntity;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One of our people's relationship with a client person. */
public record RelationshipView(UUID id, UUID stakeholderId, UUID accountId, String holderId, RelationshipType type,
        RelationshipQuality quality, String reason, LocalDate lastContactOn, long version, Instant createdAt,
        Instant updatedAt) {

    public static RelationshipView of(RelationshipEntity r) {
        return new RelationshipView(r.id, r.stakeholderId, r.accountId, r.holderId, r.type, r.quality, r.reason,
                r.lastContactOn, r.version, r.createdAt, r.updatedAt);
    }
}
