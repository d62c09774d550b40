package dev.kam.contact.domain.role;

/** A stakeholder's interest in, or involvement with, a purchase: one axis of the buying-centre matrix. */
public enum Level {
    HIGH,
    LOW
}
