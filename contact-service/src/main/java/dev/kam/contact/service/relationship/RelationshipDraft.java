package dev.kam.contact.service.relationship;

import dev.kam.contact.domain.relationship.RelationshipQuality;
import dev.kam.contact.domain.relationship.RelationshipType;
import java.time.LocalDate;
import java.util.Optional;

/** What the team says about a relationship: its kind, how it goes, why, and when they last spoke. */
public record RelationshipDraft(RelationshipType type, RelationshipQuality quality, Optional<String> reason,
        Optional<LocalDate> lastContactOn) {
}
