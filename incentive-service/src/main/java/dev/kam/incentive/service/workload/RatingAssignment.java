package dev.kam.incentive.service.workload;

import dev.kam.incentive.domain.workload.AssignmentRatings;
import dev.kam.incentive.repository.AssignmentRatingEntity;
import dev.kam.incentive.repository.AssignmentRatingRepository;
import dev.kam.incentive.repository.AuditSubject;
import dev.kam.incentive.service.access.IncentiveAccess;
import dev.kam.incentive.service.audit.AuditTrail;
import dev.kam.incentive.service.audit.ReadingAudit;
import dev.kam.incentive.service.employee.EmployeeRecords;
import dev.kam.kernel.DomainRuleViolation;
import dev.kam.plumbing.http.EntityVersions;
import dev.kam.plumbing.problem.ProblemException;
import dev.kam.plumbing.replica.AccountReplicaEntity;
import dev.kam.plumbing.replica.AccountReplicaRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The judged workload factors of an employee's assignment, set by a compensation-admin or the KAM who
 * owns the account: the first rating is simply set, a rating that exists is replaced against the
 * version read (428/412). The employee must be on the account's team.
 */
@ApplicationScoped
public class RatingAssignment {

    public static final String NOT_ON_TEAM_RULE = "not-on-team";

    /** The rating as it now is, and whether this call created it. */
    public record Rated(AssignmentRatingView rating, boolean created) {
    }

    private final AssignmentRatingRepository ratings;
    private final AccountReplicaRepository accounts;
    private final EmployeeRecords employees;
    private final AuditTrail audit;
    private final DetectingOverload overload;
    private final IncentiveAccess access;
    private final Clock clock;

    RatingAssignment(AssignmentRatingRepository ratings, AccountReplicaRepository accounts, EmployeeRecords employees,
            AuditTrail audit, DetectingOverload overload, IncentiveAccess access, Clock clock) {
        this.ratings = ratings;
        this.accounts = accounts;
        this.employees = employees;
        this.audit = audit;
        this.overload = overload;
        this.access = access;
        this.clock = clock;
    }

    @Transactional
    public Rated rate(UUID accountId, String userId, AssignmentRatings rated, String ifMatch) {
        AccountReplicaEntity account = requireRatable(accountId, userId);
        AssignmentRatingEntity row = ratings.of(account.accountId, userId).orElse(null);
        AssignmentRatingView before = null;
        boolean created = row == null;
        if (created) {
            row = new AssignmentRatingEntity();
            row.id = new AssignmentRatingEntity.Key(accountId, userId);
        } else {
            EntityVersions.requireMatch(ifMatch, row.version);
            before = AssignmentRatingRecords.view(row);
        }
        AssignmentRatingRecords.write(rated, row);
        row.updatedBy = access.caller().userId();
        row.updatedAt = Instant.now(clock);
        if (created) {
            ratings.persist(row);
        }
        ratings.flush();
        AssignmentRatingView after = AssignmentRatingRecords.view(row);
        audit.record(AuditSubject.ASSIGNMENT_RATING, ReadingAudit.assignmentSubject(accountId, userId), "ASSIGNMENT_RATED", row.updatedBy,
                before, after);
        overload.recheck(List.of(userId));
        return new Rated(after, created);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public AssignmentRatingView ratingOf(UUID accountId, String userId) {
        AccountReplicaEntity account = requireAccount(accountId);
        if (!access.isAdmin() && !access.caller().userId().equals(userId) && !ownsAccount(account)) {
            throw ProblemException.forbidden("Only the employee, the account's KAM and compensation-admin may read "
                    + "this assignment's rating");
        }
        return ratings.of(accountId, userId).map(AssignmentRatingRecords::view)
                .orElseThrow(() -> ProblemException.notFound("A rating of " + userId + " on account " + accountId));
    }

    private AccountReplicaEntity requireRatable(UUID accountId, String userId) {
        AccountReplicaEntity account = requireAccount(accountId);
        if (!access.isAdmin() && !ownsAccount(account)) {
            throw ProblemException.forbidden("Only compensation-admin and the KAM who owns the account rate its "
                    + "assignments");
        }
        employees.require(userId);
        if (!account.members.containsKey(userId)) {
            throw new DomainRuleViolation(NOT_ON_TEAM_RULE,
                    "Employee " + userId + " is not on the team of account " + accountId + ": nothing to rate");
        }
        return account;
    }

    private AccountReplicaEntity requireAccount(UUID accountId) {
        AccountReplicaEntity account = accounts.findById(accountId);
        if (account == null) {
            throw ProblemException.notFound("Account " + accountId);
        }
        return account;
    }

    private boolean ownsAccount(AccountReplicaEntity account) {
        return access.caller().userId().equals(account.ownerId);
    }
}
