package dev.kam.incentive.service.bonus;

import dev.kam.incentive.domain.bonus.RetentionBonusEvaluation;
import dev.kam.incentive.domain.bonus.RetentionBonusOutcome;
import dev.kam.incentive.domain.bonus.RetentionBonusProgram;
import dev.kam.incentive.repository.BonusProgramEntity;
import dev.kam.incentive.service.purchase.PurchaseLedgers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Shows what a programme's evaluation would find from the purchase facts known now, before or after
 * the period's close, so an admin sees how a group is tracking. Reads only: no evaluation, award,
 * event or audit entry comes of it.
 */
@ApplicationScoped
public class PreviewingBonusProgram {

    private final BonusProgramRecords records;
    private final PurchaseLedgers ledgers;
    private final Clock clock;

    PreviewingBonusProgram(BonusProgramRecords records, PurchaseLedgers ledgers, Clock clock) {
        this.records = records;
        this.ledgers = ledgers;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public BonusPreviewView preview(UUID id) {
        BonusProgramEntity row = records.require(id);
        RetentionBonusProgram program = records.toDomain(row);
        Instant now = Instant.now(clock);
        RetentionBonusOutcome outcome = RetentionBonusEvaluation.preview(program, ledgers.of(List.copyOf(row.accounts)));
        boolean closed = program.hasClosedBy(LocalDate.ofInstant(now, clock.getZone()));
        return new BonusPreviewView(id, outcome.period().format(), outcome.comparedWith().format(), outcome.scope(),
                outcome.pays(), outcome.explanation(), OutcomeBodies.groupCurrent(outcome),
                OutcomeBodies.groupPrevious(outcome), OutcomeBodies.accounts(outcome), OutcomeBodies.awards(outcome),
                now, closed, records.isEvaluated(id), false);
    }
}
