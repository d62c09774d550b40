package dev.kam.incentive.domain.bonus;

/**
 * How one account of the group fared. An account with nothing recorded in the comparable period is
 * NEW: it has no baseline to keep, so it is shown but neither helps nor hurts the group.
 */
public enum AccountVerdict {
    MET,
    FAILED,
    NEW
}
