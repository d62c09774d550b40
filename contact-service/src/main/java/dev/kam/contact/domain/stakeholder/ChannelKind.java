package dev.kam.contact.domain.stakeholder;

/** How a client person can be reached. */
public enum ChannelKind {
    EMAIL,
    PHONE,
    MOBILE,
    MESSENGER,
    OTHER
}
