package dev.kam.contact.service.stakeholder;

import dev.kam.contact.domain.role.BuyingCentreRole;
import dev.kam.contact.domain.stakeholder.StakeholderStatus;
import dev.kam.contact.repository.RoleAssessmentEntity;
import dev.kam.contact.repository.StakeholderEntity;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A person of the client's buying centre with his account-wide role. {@code erased} people show a
 * placeholder name and nothing else personal.
 */
public record StakeholderView(UUID id, UUID accountId, String name, String position, String department,
        UUID reportsTo, List<ChannelView> channels, StakeholderStatus status, LocalDate leftOn, String leftTo,
        boolean primaryContact, BuyingCentreRole role, boolean erased, long version, Instant createdAt,
        Instant updatedAt) {

    public static StakeholderView of(StakeholderEntity s, RoleAssessmentEntity current) {
        return new StakeholderView(s.id, s.accountId, s.name, s.position, s.department, s.reportsTo,
                s.channels.stream().map(c -> new ChannelView(c.kind, c.value)).toList(), s.status, s.leftOn,
                s.leftTo, s.primaryContact, current == null ? null : current.role, s.erased(), s.version,
                s.createdAt, s.updatedAt);
    }
}
