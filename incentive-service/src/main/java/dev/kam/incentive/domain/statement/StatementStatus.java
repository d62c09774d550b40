package dev.kam.incentive.domain.statement;

/** A draft is recomputed as facts arrive; an approved statement is fixed; a paid one has been paid out. */
public enum StatementStatus {
    DRAFT,
    APPROVED,
    PAID
}
