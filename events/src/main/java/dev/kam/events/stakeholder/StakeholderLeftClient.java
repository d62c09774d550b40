package dev.kam.events.stakeholder;

import java.time.LocalDate;

/** A person at the client left the company; {@code role} is their buying-centre role (LEADER, SPECIFIER, HELPER, BUTLER). */
public record StakeholderLeftClient(
        String accountId,
        String stakeholderId,
        String role,
        LocalDate leftOn) {
}
