package dev.kam.account.domain.access;

/** The answer to "may this caller do this to this account?", already in the shape of the HTTP reply. */
public enum AccessVerdict {
    GRANTED,
    /** The caller may see the account exists but not do this (403). */
    FORBIDDEN,
    /** The caller may not even know the account exists (404). */
    NOT_FOUND
}
