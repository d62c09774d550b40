package dev.kam.contact.rest.relationship;

import dev.kam.contact.domain.relationship.Relationship;
import dev.kam.contact.domain.relationship.RelationshipQuality;
import dev.kam.contact.domain.relationship.RelationshipType;
import dev.kam.contact.service.relationship.RelationshipDraft;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Optional;

/** The whole judgement of a relationship (a field left out is cleared). */
public record RelationshipChangeRequest(
        @NotNull RelationshipType type,
        @NotNull RelationshipQuality quality,
        @Size(max = Relationship.MAX_REASON_LENGTH) String reason,
        LocalDate lastContactOn) {

    public RelationshipDraft toDraft() {
        return new RelationshipDraft(type, quality, Optional.ofNullable(reason), Optional.ofNullable(lastContactOn));
    }
}
