package dev.kam.contact.service.role;

import dev.kam.contact.domain.StakeholderId;
import dev.kam.contact.domain.access.PeopleAction;
import dev.kam.contact.domain.role.BuyingCentreRole;
import dev.kam.contact.domain.role.RoleAssessment;
import dev.kam.contact.domain.stakeholder.StakeholderStatus;
import dev.kam.contact.event.StakeholderEventMapping;
import dev.kam.contact.repository.PurchaseDecisionEntity;
import dev.kam.contact.repository.PurchaseDecisionRepository;
import dev.kam.contact.repository.RoleAssessmentEntity;
import dev.kam.contact.repository.RoleAssessmentRepository;
import dev.kam.contact.repository.StakeholderEntity;
import dev.kam.contact.service.access.StakeholderAccess;
import dev.kam.contact.service.coverage.RecalculatingCoverage;
import dev.kam.events.stakeholder.StakeholderEvents;
import dev.kam.kernel.AccountId;
import dev.kam.kernel.DomainRuleViolation;
import dev.kam.kernel.UserId;
import dev.kam.plumbing.outbox.Outbox;
import dev.kam.plumbing.problem.HttpStatuses;
import dev.kam.plumbing.problem.ProblemDetail;
import dev.kam.plumbing.problem.ProblemException;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A team member assesses a person's interest and involvement again, account-wide or in one purchase
 * decision. The history keeps every assessment; a different role than before is announced.
 */
@ApplicationScoped
@Transactional
public class AssessingRole {

    private final StakeholderAccess access;
    private final RoleAssessmentRepository assessments;
    private final PurchaseDecisionRepository decisions;
    private final AssessmentRecords records;
    private final RecalculatingCoverage coverage;
    private final Outbox outbox;
    private final Clock clock;

    AssessingRole(StakeholderAccess access, RoleAssessmentRepository assessments, PurchaseDecisionRepository decisions,
            AssessmentRecords records, RecalculatingCoverage coverage, Outbox outbox, Clock clock) {
        this.access = access;
        this.assessments = assessments;
        this.decisions = decisions;
        this.records = records;
        this.coverage = coverage;
        this.outbox = outbox;
        this.clock = clock;
    }

    public AssessmentView assess(UUID stakeholderId, Optional<UUID> decisionId, RoleAssessment assessment) {
        StakeholderEntity person = access.requireStakeholder(stakeholderId, PeopleAction.WRITE_PEOPLE);
        if (person.erased()) {
            throw new DomainRuleViolation("stakeholder-erased", "This person's data was erased; he is not assessed");
        }
        if (person.status == StakeholderStatus.LEFT) {
            throw new DomainRuleViolation("stakeholder-left",
                    "This person has left the client; his role is kept as it was when he left");
        }
        decisionId.ifPresent(id -> requireDecisionOf(id, person.accountId));
        UUID decision = decisionId.orElse(null);
        Optional<BuyingCentreRole> previous = assessments.current(stakeholderId, decision).map(a -> a.role);
        UserId caller = access.caller().id();
        Instant now = Instant.now(clock);
        RoleAssessmentEntity stored = records.store(stakeholderId, person.accountId, decision, assessment, caller,
                now);
        if (previous.isEmpty() || previous.get() != stored.role) {
            outbox.record(StakeholderEvents.ROLE_CHANGED, person.accountId.toString(), stakeholderId.toString(),
                    StakeholderEventMapping.roleChanged(new AccountId(person.accountId),
                            new StakeholderId(stakeholderId), decisionId, previous, stored.role,
                            assessment.override().isPresent(), caller, now));
            Log.infof("Role of stakeholder %s changed to %s (decision %s)", stakeholderId, stored.role, decision);
        }
        if (decision == null) {
            coverage.recalculate(person.accountId);
        }
        return AssessmentView.of(stored);
    }

    private void requireDecisionOf(UUID decisionId, UUID accountId) {
        PurchaseDecisionEntity decision = decisions.findById(decisionId);
        if (decision == null || !decision.accountId.equals(accountId)) {
            throw new ProblemException(HttpStatuses.UNPROCESSABLE_CONTENT,
                    "https://kam.dev/problems/rules/decision-unknown", "Unknown purchase decision",
                    "The purchase decision is not one of this person's account",
                    List.of(new ProblemDetail.Violation("decisionId", "no such decision for this account")));
        }
    }
}
