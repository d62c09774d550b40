package dev.kam.incentive.repository;

/** What an audit entry is about. */
public enum AuditSubject {
    EMPLOYEE,
    PAY_PLAN,
    STATEMENT,
    BONUS_PROGRAM,
    DEVELOPMENT,
    ASSIGNMENT_RATING
}
