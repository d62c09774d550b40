package dev.kam.contact.service.profile;

import dev.kam.contact.domain.access.PeopleAction;
import dev.kam.contact.repository.ProfileAuditEntity;
import dev.kam.contact.repository.ProfileAuditRepository;
import dev.kam.contact.service.access.StakeholderAccess;
import dev.kam.plumbing.paging.Cursor;
import dev.kam.plumbing.paging.KeysetPages;
import dev.kam.plumbing.paging.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/** The account team reads who read or changed a person's profile, newest first. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ReadingProfileAudit {

    private final StakeholderAccess access;
    private final ProfileAuditRepository audit;

    ReadingProfileAudit(StakeholderAccess access, ProfileAuditRepository audit) {
        this.access = access;
        this.audit = audit;
    }

    public Page<ProfileAuditView> trail(UUID stakeholderId, String cursor, int limit) {
        access.requireStakeholder(stakeholderId, PeopleAction.READ_PROFILE_AUDIT);
        Cursor after = KeysetPages.after(cursor, 1);
        List<ProfileAuditEntity> fetched = audit.trail(stakeholderId, KeysetPages.number(after, 0), limit + 1);
        return KeysetPages.page(fetched, limit, a -> Cursor.of(a.sequenceNo.toString()), ProfileAuditView::of);
    }
}
