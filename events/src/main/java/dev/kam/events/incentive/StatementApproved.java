package dev.kam.events.incentive;

import java.time.Instant;

/** A compensation admin approved an employee's statement for a period: its figures are now fixed. */
public record StatementApproved(
        String statementId,
        String employeeId,
        String period,
        int planVersion,
        String approvedBy,
        Instant approvedAt) {
}
