package dev.kam.events.incentive;

import java.time.Instant;

/**
 * An approved (or paid) statement received a numbered, reasoned correction; what is owed changed.
 * The amount and reason stay in incentive-service.
 */
public record StatementAdjusted(
        String statementId,
        String employeeId,
        String period,
        int adjustmentNumber,
        String adjustedBy,
        Instant adjustedAt) {
}
