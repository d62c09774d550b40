package dev.kam.contact.service.profile;

import dev.kam.contact.domain.profile.ProfileQuestion;
import dev.kam.contact.repository.ProfileAuditAction;
import dev.kam.contact.repository.ProfileAuditEntity;
import dev.kam.contact.repository.ProfileAuditRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.UUID;
import java.util.stream.Collectors;

/** Writes the profile audit trail in the transaction of the access it records. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ProfileAuditTrail {

    private final ProfileAuditRepository audit;
    private final Clock clock;

    ProfileAuditTrail(ProfileAuditRepository audit, Clock clock) {
        this.audit = audit;
        this.clock = clock;
    }

    public void record(UUID stakeholderId, UUID accountId, String actorId, ProfileAuditAction action,
            Collection<ProfileQuestion> fields) {
        ProfileAuditEntity entry = new ProfileAuditEntity();
        entry.id = UUID.randomUUID();
        entry.stakeholderId = stakeholderId;
        entry.accountId = accountId;
        entry.actorId = actorId;
        entry.action = action;
        entry.fields = fields.stream().sorted().map(ProfileQuestion::code).collect(Collectors.joining(","));
        entry.occurredAt = Instant.now(clock);
        audit.persist(entry);
    }
}
