package dev.kam.contact.domain.guidance;

import dev.kam.contact.domain.StakeholderId;
import dev.kam.contact.domain.relationship.RelationshipQuality;
import dev.kam.kernel.UserId;

/** One of our people's relationship with a client person, and how it is going. */
public record ContactRecord(UserId holder, StakeholderId stakeholder, RelationshipQuality quality) {

    public ContactRecord {
        if (holder == null || stakeholder == null || quality == null) {
            throw new IllegalArgumentException("Holder, stakeholder and quality must be given");
        }
    }
}
