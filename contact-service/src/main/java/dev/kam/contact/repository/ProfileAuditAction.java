package dev.kam.contact.repository;

/** What was done to a profile, as the audit trail records it. */
public enum ProfileAuditAction {
    READ,
    CHANGE,
    EXPORT,
    ERASE,
    PURGE
}
