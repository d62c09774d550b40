package dev.kam.contact.service.stakeholder;

import dev.kam.contact.domain.role.RoleAssessment;
import dev.kam.contact.domain.stakeholder.StakeholderDetails;
import java.util.Optional;
import java.util.UUID;

/** A person to put on record, with the team's first assessment of his role. */
public record NewStakeholder(UUID accountId, StakeholderDetails details, Optional<UUID> reportsTo,
        boolean primaryContact, RoleAssessment assessment) {
}
