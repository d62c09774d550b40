package dev.kam.contact.service.stakeholder;

import dev.kam.contact.domain.stakeholder.StakeholderDetails;
import java.util.Optional;
import java.util.UUID;

/** The whole rewritable part of a person's record (a PUT: what is left out is cleared). */
public record StakeholderChanges(StakeholderDetails details, Optional<UUID> reportsTo, boolean primaryContact) {
}
