package dev.kam.events.incentive;

import java.time.Instant;

/**
 * A retention bonus programme evaluated at period close paid out, and this employee is awarded its
 * bonus. No amount travels: payroll reads it over the API with a compensation-admin token.
 */
public record BonusAwarded(
        String programId,
        String programName,
        String period,
        String comparedWith,
        String employeeId,
        Instant awardedAt) {
}
