package dev.kam.contact.service.stakeholder;

import dev.kam.contact.domain.access.PeopleAction;
import dev.kam.contact.domain.history.ContactHistory;
import dev.kam.contact.domain.stakeholder.StakeholderStatus;
import dev.kam.contact.repository.ContactHistoryRepository;
import dev.kam.contact.repository.RoleAssessmentEntity;
import dev.kam.contact.repository.RoleAssessmentRepository;
import dev.kam.contact.repository.StakeholderEntity;
import dev.kam.contact.repository.StakeholderRepository;
import dev.kam.contact.service.access.StakeholderAccess;
import dev.kam.plumbing.paging.Cursor;
import dev.kam.plumbing.paging.KeysetPages;
import dev.kam.plumbing.paging.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The people of an account, page by page in the order they were recorded, and one person. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ReadingStakeholders {

    private final StakeholderAccess access;
    private final StakeholderRepository stakeholders;
    private final RoleAssessmentRepository assessments;
    private final ContactHistoryRepository histories;

    ReadingStakeholders(StakeholderAccess access, StakeholderRepository stakeholders,
            RoleAssessmentRepository assessments, ContactHistoryRepository histories) {
        this.access = access;
        this.stakeholders = stakeholders;
        this.assessments = assessments;
        this.histories = histories;
    }

    public Page<StakeholderView> page(UUID accountId, StakeholderStatus status, String cursor, int limit) {
        access.requireAccount(accountId, PeopleAction.READ_PEOPLE);
        Cursor after = KeysetPages.after(cursor, 2);
        List<StakeholderEntity> fetched = stakeholders.page(accountId, status, KeysetPages.instant(after, 0),
                KeysetPages.id(after, 1), limit + 1);
        Map<UUID, RoleAssessmentEntity> roles = assessments.currentOfAccount(accountId, null);
        Map<UUID, ContactHistory> contacts = histories.ofAccount(accountId);
        return KeysetPages.page(fetched, limit, s -> Cursor.of(s.createdAt.toString(), s.id.toString()),
                s -> StakeholderView.of(s, roles.get(s.id), contacts.getOrDefault(s.id, ContactHistory.none())));
    }

    public StakeholderView one(UUID id) {
        StakeholderEntity entity = access.requireStakeholder(id, PeopleAction.READ_PEOPLE);
        return StakeholderView.of(entity, assessments.current(id, null).orElse(null), histories.of(id));
    }
}
