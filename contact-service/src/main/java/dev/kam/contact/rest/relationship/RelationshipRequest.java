package dev.kam.contact.rest.relationship;

import dev.kam.contact.domain.relationship.Relationship;
import dev.kam.contact.domain.relationship.RelationshipQuality;
import dev.kam.contact.domain.relationship.RelationshipType;
import dev.kam.contact.service.relationship.RelationshipDraft;
import dev.kam.kernel.UserId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One of our people's relationship with the client person. */
public record RelationshipRequest(
        @NotBlank @Size(max = UserId.MAX_LENGTH)
        @Schema(description = "Keycloak user id of our person; must be on the account team") String holderId,
        @NotNull RelationshipType type,
        @NotNull RelationshipQuality quality,
        @Size(max = Relationship.MAX_REASON_LENGTH) String reason,
        @Schema(description = "When they last spoke, as the holder remembers it; not after today. A note only: "
                + "next actions read the interactions logged in account-service") LocalDate lastContactOn) {

    public RelationshipDraft toDraft() {
        return new RelationshipDraft(type, quality, Optional.ofNullable(reason), Optional.ofNullable(lastContactOn));
    }
}
