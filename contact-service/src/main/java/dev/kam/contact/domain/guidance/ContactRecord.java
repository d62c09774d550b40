package dev.kam.contact.domain.guidance;

import dev.kam.contact.domain.StakeholderId;
import dev.kam.contact.domain.relationship.RelationshipQuality;
import dev.kam.kernel.UserId;
import java.time.LocalDate;
import java.util.Optional;

/** One of our people's relationship with a client person: its quality and when they last spoke. */
public record ContactRecord(UserId holder, StakeholderId stakeholder, RelationshipQuality quality,
        Optional<LocalDate> lastContactOn) {

    public ContactRecord {
        if (holder == null || stakeholder == null || quality == null || lastContactOn == null) {
            throw new IllegalArgumentException("Holder, stakeholder, quality and last contact must be given");
        }
    }
}
