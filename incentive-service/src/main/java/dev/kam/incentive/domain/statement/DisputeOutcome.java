package dev.kam.incentive.domain.statement;

/** How an admin resolved a dispute: the employee was right (an adjustment follows) or not. */
public enum DisputeOutcome {
    UPHELD,
    REJECTED
}
