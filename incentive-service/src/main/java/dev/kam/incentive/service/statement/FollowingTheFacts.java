package dev.kam.incentive.service.statement;

import dev.kam.incentive.domain.statement.Statement;
import dev.kam.incentive.domain.statement.StatementFigures;
import dev.kam.incentive.domain.statement.StatementStatus;
import dev.kam.plumbing.replica.AccountReplicaRepository;
import dev.kam.incentive.repository.AuditSubject;
import dev.kam.incentive.repository.DraftFollowUpRepository;
import dev.kam.incentive.repository.PayPlanEntity;
import dev.kam.incentive.repository.PayPlanRepository;
import dev.kam.incentive.repository.StatementEntity;
import dev.kam.incentive.repository.StatementRepository;
import dev.kam.incentive.service.audit.AuditTrail;
import dev.kam.kernel.UserId;
import dev.kam.kernel.period.Period;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Keeps draft statements in step with what they are computed from: every plan with a version in
 * force has a statement, and a DRAFT is recomputed. A plan put in force recomputes inside its own
 * transaction; a purchase or a team change only asks for a follow-up, which {@link CatchingUpDrafts}
 * works off moments later, once per draft however many events asked (docs/adr/0032). A result
 * equal to the stored figures changes nothing - no write, no audit entry, no new ETag. Approved and
 * paid statements never move.
 */
@ApplicationScoped
public class FollowingTheFacts {

    /** The actor of changes no person made: recomputations driven by events. */
    public static final String SYSTEM_ACTOR = "incentive-service";

    private final StatementRepository statements;
    private final PayPlanRepository plans;
    private final AccountReplicaRepository accounts;
    private final DraftFollowUpRepository followUps;
    private final DraftFigures figures;
    private final StatementRecords records;
    private final AuditTrail audit;
    private final Event<DraftFollowUpsRequested> followUpsRequested;
    private final Clock clock;

    FollowingTheFacts(StatementRepository statements, PayPlanRepository plans, AccountReplicaRepository accounts,
            DraftFollowUpRepository followUps, DraftFigures figures, StatementRecords records, AuditTrail audit,
            Event<DraftFollowUpsRequested> followUpsRequested, Clock clock) {
        this.statements = statements;
        this.plans = plans;
        this.accounts = accounts;
        this.followUps = followUps;
        this.figures = figures;
        this.records = records;
        this.audit = audit;
        this.followUpsRequested = followUpsRequested;
        this.clock = clock;
    }

    /**
     * A purchase of the account was recorded for a period: the drafts of everyone on its team whose
     * plan measures that period may change, so they are asked to follow up; plans of other periods
     * cannot, so they are left alone.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void purchaseRecorded(UUID accountId, Period purchasePeriod) {
        askToFollowUp(plans.ofEmployees(accounts.teamOf(accountId)).stream()
                .filter(plan -> figures.measuredBy(plan).includes(purchasePeriod))
                .toList());
    }

    /** Recomputes a draft a purchase asked for, and settles the request unless it was renewed meanwhile. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void followUp(DraftFollowUpRepository.Due due) {
        PayPlanEntity plan = plans.findById(due.planId());
        if (plan != null) {
            statements.lockDraftsOf(List.of(plan.employeeId));
            follow(plan, SYSTEM_ACTOR);
        }
        followUps.settle(due);
    }

    /**
     * Before a person acts on a draft: a follow-up still waiting for it is done now, so nobody approves
     * figures that miss a recorded purchase. The draft's version then moves, and the caller's If-Match
     * tells them.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void catchUp(UUID statementId) {
        StatementEntity statement = statements.findById(statementId);
        if (statement != null && statement.status == StatementStatus.DRAFT) {
            followUps.dueFor(statement.planId).ifPresent(this::followUp);
        }
    }

    /**
     * The accounts these employees serve changed (they joined or left a team): every draft of theirs
     * may change, so all their plans are asked to follow up.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void employeesChanged(Collection<String> employeeIds) {
        askToFollowUp(plans.ofEmployees(employeeIds));
    }

    /** The plan's version in force changed: its statement opens, or its draft follows the new terms. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void planChanged(PayPlanEntity plan, String actor) {
        statements.lockDraftsOf(List.of(plan.employeeId));
        follow(plan, actor);
    }

    private void askToFollowUp(List<PayPlanEntity> affected) {
        if (!affected.isEmpty()) {
            followUps.request(affected.stream().map(plan -> plan.id).toList(), now());
            followUpsRequested.fire(new DraftFollowUpsRequested());
        }
    }

    private void follow(PayPlanEntity plan, String actor) {
        Optional<StatementEntity> existing = statements.of(plan.employeeId, plan.period);
        if (existing.isPresent() && existing.get().status != StatementStatus.DRAFT) {
            return;
        }
        Optional<StatementFigures> computed = figures.of(plan).map(records::asStored);
        if (computed.isEmpty()) {
            return;
        }
        if (existing.isPresent()) {
            recompute(existing.get(), computed.get(), actor);
        } else {
            open(plan, computed.get(), actor);
        }
    }

    private void open(PayPlanEntity plan, StatementFigures computed, String actor) {
        Instant now = now();
        StatementEntity row = new StatementEntity();
        row.id = UUID.randomUUID();
        row.employeeId = plan.employeeId;
        row.period = plan.period;
        row.planId = plan.id;
        row.computedAt = now;
        row.createdAt = now;
        row.updatedAt = now;
        Statement draft = Statement.draft(UserId.of(plan.employeeId), Period.parse(plan.period), computed);
        records.write(draft, row);
        statements.persist(row);
        statements.flush();
        audit.record(AuditSubject.STATEMENT, row.id.toString(), "STATEMENT_OPENED", actor, null,
                records.view(row, draft));
        Log.infof("Statement %s opened for plan %s version %d", row.id, plan.id, computed.planVersion());
    }

    private void recompute(StatementEntity row, StatementFigures computed, String actor) {
        Statement current = records.toDomain(row);
        Statement recomputed = current.recompute(computed);
        if (recomputed == current) {
            return;
        }
        StatementView before = records.view(row, current);
        records.write(recomputed, row);
        row.computedAt = now();
        row.updatedAt = row.computedAt;
        statements.flush();
        audit.record(AuditSubject.STATEMENT, row.id.toString(), "DRAFT_RECOMPUTED", actor, before,
                records.view(row, recomputed));
        Log.infof("Draft statement %s recomputed (plan version %d)", row.id, computed.planVersion());
    }

    // the database keeps microseconds: the view written now must read the same later
    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
