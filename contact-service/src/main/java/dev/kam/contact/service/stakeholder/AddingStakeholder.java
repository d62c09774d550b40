package dev.kam.contact.service.stakeholder;

import dev.kam.contact.domain.StakeholderId;
import dev.kam.contact.domain.access.PeopleAction;
import dev.kam.contact.domain.history.ContactHistory;
import dev.kam.contact.domain.stakeholder.StakeholderStatus;
import dev.kam.contact.event.StakeholderEventMapping;
import dev.kam.contact.repository.RoleAssessmentEntity;
import dev.kam.contact.repository.StakeholderEntity;
import dev.kam.contact.repository.StakeholderRepository;
import dev.kam.contact.service.access.StakeholderAccess;
import dev.kam.contact.service.coverage.RecalculatingCoverage;
import dev.kam.contact.service.role.AssessmentRecords;
import dev.kam.events.stakeholder.StakeholderEvents;
import dev.kam.kernel.AccountId;
import dev.kam.kernel.UserId;
import dev.kam.plumbing.outbox.Outbox;
import dev.kam.plumbing.replica.AccountReplicaEntity;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** A team member puts a client person on record with a first role assessment; announced as added. */
@ApplicationScoped
@Transactional
public class AddingStakeholder {

    private final StakeholderAccess access;
    private final StakeholderRepository stakeholders;
    private final StakeholderRecords records;
    private final AssessmentRecords assessments;
    private final RecalculatingCoverage coverage;
    private final Outbox outbox;
    private final Clock clock;

    AddingStakeholder(StakeholderAccess access, StakeholderRepository stakeholders, StakeholderRecords records,
            AssessmentRecords assessments, RecalculatingCoverage coverage, Outbox outbox, Clock clock) {
        this.access = access;
        this.stakeholders = stakeholders;
        this.records = records;
        this.assessments = assessments;
        this.coverage = coverage;
        this.outbox = outbox;
        this.clock = clock;
    }

    public StakeholderView add(NewStakeholder request) {
        AccountReplicaEntity account = access.requireForNew(request.accountId(), PeopleAction.WRITE_PEOPLE);
        UserId caller = access.caller().id();
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS); // the database keeps micros
        StakeholderEntity entity = new StakeholderEntity();
        entity.id = UUID.randomUUID();
        entity.accountId = account.accountId;
        entity.status = StakeholderStatus.ACTIVE;
        entity.createdBy = caller.value();
        entity.createdAt = now;
        entity.updatedAt = now;
        records.write(entity, request.details(), request.reportsTo(), request.primaryContact(), now);
        stakeholders.persist(entity);
        stakeholders.flush();
        RoleAssessmentEntity assessment = assessments.store(entity.id, entity.accountId, null, request.assessment(),
                caller, now);
        outbox.record(StakeholderEvents.ADDED, entity.accountId.toString(), entity.id.toString(),
                StakeholderEventMapping.added(new AccountId(entity.accountId), new StakeholderId(entity.id),
                        entity.name, assessment.role, entity.primaryContact, now));
        coverage.recalculate(entity.accountId);
        Log.infof("Stakeholder %s added to account %s as %s", entity.id, entity.accountId, assessment.role);
        return StakeholderView.of(entity, assessment, ContactHistory.none());
    }
}
