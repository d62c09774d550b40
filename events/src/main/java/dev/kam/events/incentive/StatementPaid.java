package dev.kam.events.incentive;

import java.time.Instant;

/** A compensation admin recorded that an approved statement was paid out. */
public record StatementPaid(
        String statementId,
        String employeeId,
        String period,
        String paidBy,
        Instant paidAt) {
}
