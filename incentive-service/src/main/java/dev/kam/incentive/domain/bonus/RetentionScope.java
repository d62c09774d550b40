package dev.kam.incentive.domain.bonus;

/** Whether the group must keep buying as a whole, or every account in it on its own. */
public enum RetentionScope {
    GROUP_TOTAL,
    EACH_ACCOUNT
}
