package dev.kam.contact.service.role;

import dev.kam.contact.domain.role.BuyingCentreRole;
import java.util.UUID;

/** A person's role in one purchase decision, next to his account-wide role. */
public record DecisionMemberView(UUID stakeholderId, String name, BuyingCentreRole role,
        BuyingCentreRole accountRole, int interest, int involvement) {
}
