package dev.kam.contact.service.role;

import dev.kam.contact.domain.access.PeopleAction;
import dev.kam.contact.repository.PurchaseDecisionEntity;
import dev.kam.contact.repository.PurchaseDecisionRepository;
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
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Assessment histories, purchase decisions and the buying centre of one decision. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ReadingRoles {

    private final StakeholderAccess access;
    private final RoleAssessmentRepository assessments;
    private final PurchaseDecisionRepository decisions;
    private final StakeholderRepository stakeholders;

    ReadingRoles(StakeholderAccess access, RoleAssessmentRepository assessments,
            PurchaseDecisionRepository decisions, StakeholderRepository stakeholders) {
        this.access = access;
        this.assessments = assessments;
        this.decisions = decisions;
        this.stakeholders = stakeholders;
    }

    /** Every assessment of the person, newest first; optionally of one decision only. */
    public Page<AssessmentView> history(UUID stakeholderId, UUID decisionId, String cursor, int limit) {
        access.requireStakeholder(stakeholderId, PeopleAction.READ_PEOPLE);
        Cursor after = KeysetPages.after(cursor, 1);
        List<RoleAssessmentEntity> fetched = assessments.history(stakeholderId, decisionId,
                KeysetPages.number(after, 0), limit + 1);
        return KeysetPages.page(fetched, limit, a -> Cursor.of(a.sequenceNo.toString()), AssessmentView::of);
    }

    public Page<PurchaseDecisionView> decisions(UUID accountId, String cursor, int limit) {
        access.requireAccount(accountId, PeopleAction.READ_PEOPLE);
        Cursor after = KeysetPages.after(cursor, 2);
        List<PurchaseDecisionEntity> fetched = decisions.page(accountId, KeysetPages.instant(after, 0),
                KeysetPages.id(after, 1), limit + 1);
        return KeysetPages.page(fetched, limit, d -> Cursor.of(d.createdAt.toString(), d.id.toString()),
                PurchaseDecisionView::of);
    }

    public DecisionBuyingCentreView decision(UUID decisionId) {
        PurchaseDecisionEntity decision = access.requireDecision(decisionId, PeopleAction.READ_PEOPLE);
        Map<UUID, RoleAssessmentEntity> inDecision = assessments.currentOfAccount(decision.accountId, decisionId);
        Map<UUID, RoleAssessmentEntity> accountWide = assessments.currentOfAccount(decision.accountId, null);
        List<DecisionMemberView> members = stakeholders.ofAccount(decision.accountId).stream()
                .filter(s -> inDecision.containsKey(s.id))
                .sorted(Comparator.comparing((StakeholderEntity s) -> s.createdAt).thenComparing(s -> s.id))
                .map(s -> {
                    RoleAssessmentEntity a = inDecision.get(s.id);
                    RoleAssessmentEntity general = accountWide.get(s.id);
                    return new DecisionMemberView(s.id, s.name, a.role, general == null ? null : general.role,
                            a.interest, a.involvement);
                })
                .toList();
        return new DecisionBuyingCentreView(PurchaseDecisionView.of(decision), members);
    }
}
