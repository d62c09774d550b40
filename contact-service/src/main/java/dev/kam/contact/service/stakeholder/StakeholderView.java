package dev.kam.contact.service.stakeholder;

import dev.kam.contact.domain.history.ContactHistory;
import dev.kam.contact.domain.role.BuyingCentreRole;
import dev.kam.contact.domain.stakeholder.StakeholderStatus;
import dev.kam.contact.repository.RoleAssessmentEntity;
import dev.kam.contact.repository.StakeholderEntity;
import dev.kam.contact.service.history.LastContactView;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A person of the client's buying centre with his account-wide role, and the latest interactions
 * logged in account-service that informed him and met him in person (null: none). {@code erased}
 * people show a placeholder name and nothing else personal.
 */
public record StakeholderView(UUID id, UUID accountId, String name, String position, String department,
        UUID reportsTo, List<ChannelView> channels, StakeholderStatus status, LocalDate leftOn, String leftTo,
        boolean primaryContact, BuyingCentreRole role, LastContactView lastInformed, LastContactView lastMet,
        boolean erased, long version, Instant createdAt, Instant updatedAt) {

    public static StakeholderView of(StakeholderEntity s, RoleAssessmentEntity current, ContactHistory history) {
        return new StakeholderView(s.id, s.accountId, s.name, s.position, s.department, s.reportsTo,
                s.channels.stream().map(c -> new ChannelView(c.kind, c.value)).toList(), s.status, s.leftOn,
                s.leftTo, s.primaryContact, current == null ? null : current.role,
                LastContactView.of(history.lastInformed()), LastContactView.of(history.lastMet()), s.erased(),
                s.version, s.createdAt, s.updatedAt);
    }
}
