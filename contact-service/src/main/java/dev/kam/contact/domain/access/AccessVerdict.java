package dev.kam.contact.domain.access;

/** The policy's answer: go ahead, "you may see this but not do that" (403), or "no such thing for you" (404). */
public enum AccessVerdict {
    ALLOWED,
    FORBIDDEN,
    NOT_FOUND
}
