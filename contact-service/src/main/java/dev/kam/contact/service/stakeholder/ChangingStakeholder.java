package dev.kam.contact.service.stakeholder;

import dev.kam.contact.domain.access.PeopleAction;
import dev.kam.contact.domain.history.ContactHistory;
import dev.kam.contact.repository.ContactHistoryRepository;
import dev.kam.contact.repository.RoleAssessmentRepository;
import dev.kam.contact.repository.StakeholderEntity;
import dev.kam.contact.repository.StakeholderRepository;
import dev.kam.contact.service.access.StakeholderAccess;
import dev.kam.kernel.DomainRuleViolation;
import dev.kam.plumbing.http.EntityVersions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * The team rewrites a person's details, reporting line and primary-contact flag (If-Match required); a
 * new name or flag is announced, so services that show the person stay current.
 */
@ApplicationScoped
@Transactional
public class ChangingStakeholder {

    private final StakeholderAccess access;
    private final StakeholderRepository stakeholders;
    private final StakeholderRecords records;
    private final RoleAssessmentRepository assessments;
    private final ContactHistoryRepository histories;
    private final AnnouncingSharedChanges announcing;
    private final Clock clock;

    ChangingStakeholder(StakeholderAccess access, StakeholderRepository stakeholders, StakeholderRecords records,
            RoleAssessmentRepository assessments, ContactHistoryRepository histories,
            AnnouncingSharedChanges announcing, Clock clock) {
        this.access = access;
        this.stakeholders = stakeholders;
        this.records = records;
        this.assessments = assessments;
        this.histories = histories;
        this.announcing = announcing;
        this.clock = clock;
    }

    public StakeholderView change(UUID id, String ifMatch, StakeholderChanges changes) {
        StakeholderEntity entity = access.requireStakeholder(id, PeopleAction.WRITE_PEOPLE);
        EntityVersions.requireMatch(ifMatch, entity.version);
        if (entity.erased()) {
            throw new DomainRuleViolation("stakeholder-erased",
                    "This person's data was erased; the placeholder cannot be filled in again");
        }
        Instant now = Instant.now(clock);
        StakeholderView before = StakeholderView.of(entity, null, ContactHistory.none());
        SharedFields shared = SharedFields.of(entity);
        records.write(entity, changes.details(), changes.reportsTo(), changes.primaryContact(), now);
        if (!StakeholderView.of(entity, null, ContactHistory.none()).equals(before)) {
            // a write that changes nothing leaves no new version
            entity.updatedAt = now;
        }
        stakeholders.flush();
        announcing.announce(entity, shared, now);
        return StakeholderView.of(entity, assessments.current(id, null).orElse(null), histories.of(id));
    }
}
