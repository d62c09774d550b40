package dev.kam.contact.domain.relationship;

import dev.kam.kernel.BoundedText;
import dev.kam.contact.domain.StakeholderId;
import dev.kam.kernel.UserId;
import java.util.Optional;

/**
 * A relationship between one of our people and one client person: its kind, how it is going, and
 * why. The reason is optional so that recording a contact stays quick; any relationship, whatever its
 * quality, counts as coverage.
 */
public record Relationship(UserId holder, StakeholderId stakeholder, RelationshipType type,
        RelationshipQuality quality, Optional<String> reason) {

    public static final int MAX_REASON_LENGTH = 1000;

    public Relationship {
        if (holder == null) {
            throw new IllegalArgumentException("The relationship holder is required");
        }
        if (stakeholder == null) {
            throw new IllegalArgumentException("Stakeholder id is required");
        }
        if (type == null) {
            throw new IllegalArgumentException("Relationship type is required");
        }
        if (quality == null) {
            throw new IllegalArgumentException("Relationship quality is required");
        }
        reason = BoundedText.optional(reason, "reason", MAX_REASON_LENGTH);
    }

    public static Relationship of(UserId holder, StakeholderId stakeholder, RelationshipType type,
            RelationshipQuality quality) {
        return new Relationship(holder, stakeholder, type, quality, Optional.empty());
    }

    public boolean isPoor() {
        return quality == RelationshipQuality.POOR;
    }

    boolean connects(UserId otherHolder, StakeholderId otherStakeholder) {
        return holder.equals(otherHolder) && stakeholder.equals(otherStakeholder);
    }
}
