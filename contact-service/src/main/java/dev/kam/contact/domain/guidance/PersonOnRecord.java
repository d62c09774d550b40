package dev.kam.contact.domain.guidance;

import dev.kam.contact.domain.StakeholderId;
import dev.kam.contact.domain.role.BuyingCentreRole;

/** A client person as the next-action rules see him: role, still at the client, our primary contact. */
public record PersonOnRecord(StakeholderId id, BuyingCentreRole role, boolean active, boolean primaryContact) {

    public PersonOnRecord {
        if (id == null || role == null) {
            throw new IllegalArgumentException("Id and role are required");
        }
    }
}
