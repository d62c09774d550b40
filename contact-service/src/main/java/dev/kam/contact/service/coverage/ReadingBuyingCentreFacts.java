package dev.kam.contact.service.coverage;

import dev.kam.contact.repository.ContactHistoryRepository;
import dev.kam.contact.repository.RelationshipRepository;
import dev.kam.contact.repository.RoleAssessmentRepository;
import dev.kam.contact.repository.StakeholderRepository;
import dev.kam.plumbing.replica.AccountReplicaEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Loads {@link BuyingCentreFacts} for one account. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ReadingBuyingCentreFacts {

    private final StakeholderRepository stakeholders;
    private final RoleAssessmentRepository assessments;
    private final RelationshipRepository relationships;
    private final ContactHistoryRepository histories;

    ReadingBuyingCentreFacts(StakeholderRepository stakeholders, RoleAssessmentRepository assessments,
            RelationshipRepository relationships, ContactHistoryRepository histories) {
        this.stakeholders = stakeholders;
        this.assessments = assessments;
        this.relationships = relationships;
        this.histories = histories;
    }

    public BuyingCentreFacts of(AccountReplicaEntity account) {
        return BuyingCentreFacts.of(stakeholders.ofAccount(account.accountId),
                assessments.currentOfAccount(account.accountId, null), relationships.ofAccount(account.accountId),
                account.members.keySet(), histories.ofAccount(account.accountId));
    }
}
