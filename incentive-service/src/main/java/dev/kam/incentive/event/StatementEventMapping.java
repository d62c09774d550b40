package dev.kam.incentive.event;

import dev.kam.events.incentive.StatementAdjusted;
import dev.kam.events.incentive.StatementApproved;
import dev.kam.events.incentive.StatementPaid;
import dev.kam.incentive.domain.statement.Act;
import dev.kam.incentive.domain.statement.Adjustment;
import dev.kam.incentive.domain.statement.Statement;
import java.util.UUID;

/**
 * Statement acts as the public events of kam.incentives.v1. Who, whose, which period and when -
 * never an amount, a reason or a KPI figure (docs/adr/0019: every consumer of the topic would see
 * people's pay).
 */
public final class StatementEventMapping {

    private StatementEventMapping() {
    }

    public static StatementApproved approved(UUID statementId, Statement statement) {
        Act approved = statement.approved().orElseThrow(() -> new IllegalStateException("Not approved"));
        return new StatementApproved(statementId.toString(), statement.employee().value(), statement.period().format(),
                statement.figures().planVersion(), approved.by().value(), approved.at());
    }

    public static StatementAdjusted adjusted(UUID statementId, Statement statement, Adjustment adjustment) {
        return new StatementAdjusted(statementId.toString(), statement.employee().value(), statement.period().format(),
                adjustment.number(), adjustment.made().by().value(), adjustment.made().at());
    }

    public static StatementPaid paid(UUID statementId, Statement statement) {
        Act paid = statement.paid().orElseThrow(() -> new IllegalStateException("Not paid"));
        return new StatementPaid(statementId.toString(), statement.employee().value(), statement.period().format(),
                paid.by().value(), paid.at());
    }
}
