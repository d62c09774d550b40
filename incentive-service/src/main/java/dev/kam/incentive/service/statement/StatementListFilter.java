package dev.kam.incentive.service.statement;

import dev.kam.incentive.domain.statement.StatementStatus;
import dev.kam.kernel.period.Period;

/** Which statements to list; every part may be null (no filter). */
public record StatementListFilter(String employeeId, Period period, StatementStatus status) {
}
