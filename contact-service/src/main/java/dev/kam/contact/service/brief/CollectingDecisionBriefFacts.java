package dev.kam.contact.service.brief;

import dev.kam.contact.config.ContactConfig;
import dev.kam.contact.domain.access.PeopleAction;
import dev.kam.contact.domain.guidance.NextActions;
import dev.kam.contact.domain.stakeholder.StakeholderStatus;
import dev.kam.contact.repository.PurchaseDecisionEntity;
import dev.kam.contact.repository.RoleAssessmentRepository;
import dev.kam.contact.repository.StakeholderEntity;
import dev.kam.contact.service.access.StakeholderAccess;
import dev.kam.contact.service.coverage.BuyingCentreFacts;
import dev.kam.contact.service.coverage.ReadingBuyingCentreFacts;
import dev.kam.contact.service.guidance.NextActionsView;
import dev.kam.plumbing.replica.AccountReplicaEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Gathers what contact-service knows for a purchase decision's brief, in one transaction: the
 * decision's buying centre (the people still at the client assessed in it, with their roles there),
 * described by {@link BriefPeople}, and the next actions its roles call for.
 */
@ApplicationScoped
@Transactional
public class CollectingDecisionBriefFacts {

    /** The decision, its account's name, its people and its next actions. */
    record DecisionBriefFacts(PurchaseDecisionEntity decision, String accountName, BriefPeople.Described people,
            List<NextActionsView.Item> nextActions) {
    }

    private final StakeholderAccess access;
    private final ReadingBuyingCentreFacts facts;
    private final RoleAssessmentRepository assessments;
    private final BriefPeople people;
    private final NextActions nextActions;
    private final ContactConfig config;
    private final Clock clock;

    CollectingDecisionBriefFacts(StakeholderAccess access, ReadingBuyingCentreFacts facts,
            RoleAssessmentRepository assessments, BriefPeople people, NextActions nextActions, ContactConfig config,
            Clock clock) {
        this.access = access;
        this.facts = facts;
        this.assessments = assessments;
        this.people = people;
        this.nextActions = nextActions;
        this.config = config;
        this.clock = clock;
    }

    DecisionBriefFacts collect(UUID decisionId) {
        PurchaseDecisionEntity decision = access.requireDecision(decisionId, PeopleAction.READ_PEOPLE);
        AccountReplicaEntity account = access.requireAccount(decision.accountId, PeopleAction.READ_PEOPLE);
        BuyingCentreFacts accountWide = facts.of(account);
        BuyingCentreFacts inDecision = accountWide.withRoles(
                assessments.currentOfAccount(account.accountId, decisionId));
        List<StakeholderEntity> members = inDecision.people().stream()
                .filter(s -> s.status == StakeholderStatus.ACTIVE && inDecision.roles().containsKey(s.id))
                .toList();
        BriefPeople.Described described = people.describe(account, inDecision, accountWide.roles(), members,
                Optional.empty());
        LocalDate today = LocalDate.now(clock.withZone(config.zone()));
        List<NextActionsView.Item> actions = NextActionsView.items(nextActions.computeForDecision(
                inDecision.peopleOnRecord(config.zone()), inDecision.contacts(), today), inDecision);
        return new DecisionBriefFacts(decision, account.name, described, actions);
    }
}
