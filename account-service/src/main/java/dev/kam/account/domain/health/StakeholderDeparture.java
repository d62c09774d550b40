package dev.kam.account.domain.health;

import dev.kam.account.domain.dossier.BuyingCentreRole;
import java.time.LocalDate;

/** A person left the client's company; only the role and date travel, never who it was. */
public record StakeholderDeparture(BuyingCentreRole role, LocalDate leftOn) {

    public StakeholderDeparture {
        if (role == null || leftOn == null) {
            throw new IllegalArgumentException("Role and departure date are required");
        }
    }
}
