package dev.kam.contact.domain.stakeholder;

/** Whether the person still works at the client. People who left stay on record but stop counting. */
public enum StakeholderStatus {
    ACTIVE,
    LEFT
}
