package dev.kam.contact.domain.guidance;

import dev.kam.contact.domain.StakeholderId;
import dev.kam.contact.domain.role.BuyingCentreRole;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A client person as the next-action rules see him: role, still at the client, our primary contact,
 * and the day a logged interaction last informed him (empty: never).
 */
public record PersonOnRecord(StakeholderId id, BuyingCentreRole role, boolean active, boolean primaryContact,
        Optional<LocalDate> lastInformedOn) {

    public PersonOnRecord {
        if (id == null || role == null || lastInformedOn == null) {
            throw new IllegalArgumentException("Id, role and last informed day (possibly empty) are required");
        }
    }
}
