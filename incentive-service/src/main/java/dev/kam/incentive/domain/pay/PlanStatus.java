package dev.kam.incentive.domain.pay;

/** A plan version is drafted, then in force, then superseded by the next version put in force. */
public enum PlanStatus {
    DRAFT,
    IN_FORCE,
    SUPERSEDED
}
