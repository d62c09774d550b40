package dev.kam.contact.service.stakeholder;

import dev.kam.contact.domain.StakeholderId;
import dev.kam.contact.domain.access.PeopleAction;
import dev.kam.contact.domain.stakeholder.Departure;
import dev.kam.contact.domain.stakeholder.StakeholderStatus;
import dev.kam.contact.event.StakeholderEventMapping;
import dev.kam.contact.repository.ContactHistoryRepository;
import dev.kam.contact.repository.RoleAssessmentEntity;
import dev.kam.contact.repository.RoleAssessmentRepository;
import dev.kam.contact.repository.StakeholderEntity;
import dev.kam.contact.repository.StakeholderRepository;
import dev.kam.contact.service.access.StakeholderAccess;
import dev.kam.contact.service.coverage.RecalculatingCoverage;
import dev.kam.contact.config.ContactConfig;
import dev.kam.events.stakeholder.StakeholderEvents;
import dev.kam.kernel.AccountId;
import dev.kam.plumbing.http.EntityVersions;
import dev.kam.plumbing.outbox.Outbox;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * A client person left his company: he stays on record (history, references) but stops counting in
 * coverage, loses the primary-contact flag (announced as a change, when he had it), and his departure
 * is announced (a leader who left is a cooling signal in account-service).
 */
@ApplicationScoped
@Transactional
public class RecordingDeparture {

    private final StakeholderAccess access;
    private final StakeholderRepository stakeholders;
    private final RoleAssessmentRepository assessments;
    private final ContactHistoryRepository histories;
    private final RecalculatingCoverage coverage;
    private final AnnouncingSharedChanges announcing;
    private final Outbox outbox;
    private final ContactConfig config;
    private final Clock clock;

    RecordingDeparture(StakeholderAccess access, StakeholderRepository stakeholders,
            RoleAssessmentRepository assessments, ContactHistoryRepository histories, RecalculatingCoverage coverage,
            AnnouncingSharedChanges announcing, Outbox outbox, ContactConfig config, Clock clock) {
        this.access = access;
        this.stakeholders = stakeholders;
        this.assessments = assessments;
        this.histories = histories;
        this.coverage = coverage;
        this.announcing = announcing;
        this.outbox = outbox;
        this.config = config;
        this.clock = clock;
    }

    public StakeholderView depart(UUID id, String ifMatch, LocalDate leftOn, Optional<String> destination) {
        StakeholderEntity entity = access.requireStakeholder(id, PeopleAction.WRITE_PEOPLE);
        if (ifMatch != null) {
            EntityVersions.requireMatch(ifMatch, entity.version);
        }
        Instant now = Instant.now(clock);
        SharedFields shared = SharedFields.of(entity);
        Departure departure = Departure.record(entity.status, leftOn, destination, LocalDate.ofInstant(now,
                config.zone()));
        entity.status = StakeholderStatus.LEFT;
        entity.leftOn = departure.leftOn();
        entity.leftTo = entity.erased() ? null : departure.destination().orElse(null);
        entity.primaryContact = false;
        entity.updatedAt = now;
        stakeholders.flush();
        RoleAssessmentEntity role = assessments.current(id, null).orElseThrow();
        outbox.record(StakeholderEvents.LEFT_CLIENT, entity.accountId.toString(), entity.id.toString(),
                StakeholderEventMapping.leftClient(new AccountId(entity.accountId), new StakeholderId(entity.id),
                        role.role, entity.leftOn));
        announcing.announce(entity, shared, now);
        coverage.recalculate(entity.accountId);
        Log.infof("Stakeholder %s of account %s left the client", entity.id, entity.accountId);
        return StakeholderView.of(entity, role, histories.of(id));
    }
}
