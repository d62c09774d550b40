package dev.kam.incentive.service.bonus;

import dev.kam.events.incentive.IncentiveEvents;
import dev.kam.incentive.domain.bonus.BonusAward;
import dev.kam.incentive.domain.bonus.RetentionBonusEvaluation;
import dev.kam.incentive.domain.bonus.RetentionBonusOutcome;
import dev.kam.incentive.domain.bonus.RetentionBonusProgram;
import dev.kam.incentive.event.IncentiveEventMapping;
import dev.kam.incentive.repository.AuditSubject;
import dev.kam.incentive.repository.BonusAwardEntity;
import dev.kam.incentive.repository.BonusAwardRepository;
import dev.kam.incentive.repository.BonusEvaluationEntity;
import dev.kam.incentive.repository.BonusEvaluationRepository;
import dev.kam.incentive.repository.BonusProgramEntity;
import dev.kam.incentive.repository.BonusProgramRepository;
import dev.kam.incentive.service.access.IncentiveAccess;
import dev.kam.incentive.service.audit.AuditTrail;
import dev.kam.incentive.service.purchase.PurchaseLedgers;
import dev.kam.plumbing.outbox.Outbox;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Evaluates a programme at or after its period's close from the purchase facts, once: the first
 * evaluation stores the outcome and the awards; asking again returns that same evaluation and awards
 * nothing more. A purchase correction arriving later does not reopen a settled payment.
 */
@ApplicationScoped
public class EvaluatingBonusProgram {

    /** The evaluation, and whether this call made it (false: it was there already). */
    public record Evaluated(BonusEvaluationView evaluation, boolean first) {
    }

    private final BonusProgramRepository programs;
    private final BonusEvaluationRepository evaluations;
    private final BonusAwardRepository awards;
    private final BonusProgramRecords records;
    private final PurchaseLedgers ledgers;
    private final AuditTrail audit;
    private final IncentiveAccess access;
    private final StoredEvaluations stored;
    private final Outbox outbox;
    private final Clock clock;

    EvaluatingBonusProgram(BonusProgramRepository programs, BonusEvaluationRepository evaluations,
            BonusAwardRepository awards, BonusProgramRecords records, PurchaseLedgers ledgers, AuditTrail audit,
            IncentiveAccess access, StoredEvaluations stored, Outbox outbox, Clock clock) {
        this.programs = programs;
        this.evaluations = evaluations;
        this.awards = awards;
        this.records = records;
        this.ledgers = ledgers;
        this.audit = audit;
        this.access = access;
        this.stored = stored;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public Evaluated evaluate(UUID id) {
        records.require(id);
        // one evaluation at a time per programme: a second caller waits and then finds the first's outcome
        BonusProgramEntity row = programs.findById(id, LockModeType.PESSIMISTIC_WRITE);
        BonusEvaluationEntity earlier = evaluations.findById(id);
        if (earlier != null) {
            return new Evaluated(stored.read(earlier.outcome), false);
        }
        BonusProgramView before = records.view(row);
        RetentionBonusProgram program = records.toDomain(row);
        Instant now = Instant.now(clock);
        RetentionBonusOutcome outcome = RetentionBonusEvaluation.evaluate(program,
                ledgers.of(List.copyOf(row.accounts)), LocalDate.ofInstant(now, clock.getZone()));
        String actor = access.caller().userId();
        BonusEvaluationView view = view(id, outcome, actor, now);

        BonusEvaluationEntity evaluation = new BonusEvaluationEntity();
        evaluation.programId = id;
        evaluation.pays = outcome.pays();
        evaluation.outcome = stored.write(view);
        evaluation.evaluatedBy = actor;
        evaluation.evaluatedAt = now;
        evaluations.persist(evaluation);
        for (BonusAward award : outcome.awards()) {
            BonusAwardEntity awarded = new BonusAwardEntity();
            awarded.id = UUID.randomUUID();
            awarded.programId = id;
            awarded.employeeId = award.employee().value();
            awarded.amount = award.amount().amount();
            awarded.currency = award.amount().currency().getCurrencyCode();
            awarded.awardedAt = now;
            awards.persist(awarded);
            // no amount in the event: pay stays behind the API (docs/adr/0019)
            outbox.record(IncentiveEvents.BONUS_AWARDED, id.toString(), awarded.employeeId,
                    IncentiveEventMapping.bonusAwarded(id, program, award, now));
        }
        audit.record(AuditSubject.BONUS_PROGRAM, id.toString(), "PROGRAM_EVALUATED", actor, before, view);
        Log.infof("Bonus programme %s evaluated: %s, %d awards", id, outcome.pays() ? "pays" : "does not pay",
                outcome.awards().size());
        return new Evaluated(view, true);
    }

    private static BonusEvaluationView view(UUID id, RetentionBonusOutcome outcome, String actor, Instant at) {
        return new BonusEvaluationView(id, outcome.period().format(), outcome.comparedWith().format(), outcome.scope(),
                outcome.pays(), outcome.explanation(), OutcomeBodies.groupCurrent(outcome),
                OutcomeBodies.groupPrevious(outcome), OutcomeBodies.accounts(outcome), OutcomeBodies.awards(outcome),
                actor, at);
    }
}
