package dev.kam.contact.domain.coverage;

import dev.kam.contact.domain.StakeholderId;
import dev.kam.contact.domain.role.BuyingCentreRole;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A client person's place in the buying centre, as far as coverage needs to know: the role, and the
 * day he left the client if he did. People who left stay on record but no longer count.
 */
public record StakeholderPlacement(StakeholderId stakeholder, BuyingCentreRole role, Optional<LocalDate> leftOn) {

    public StakeholderPlacement {
        if (stakeholder == null) {
            throw new IllegalArgumentException("Stakeholder id is required");
        }
        if (role == null) {
            throw new IllegalArgumentException("Role is required");
        }
        if (leftOn == null) {
            throw new IllegalArgumentException("Left-on must be given, even if empty");
        }
    }

    public static StakeholderPlacement active(StakeholderId stakeholder, BuyingCentreRole role) {
        return new StakeholderPlacement(stakeholder, role, Optional.empty());
    }

    public static StakeholderPlacement left(StakeholderId stakeholder, BuyingCentreRole role, LocalDate leftOn) {
        if (leftOn == null) {
            throw new IllegalArgumentException("The day he left is required");
        }
        return new StakeholderPlacement(stakeholder, role, Optional.of(leftOn));
    }

    public boolean isActive() {
        return leftOn.isEmpty();
    }
}
