package dev.kam.events.health;

/**
 * One reason the relationship is less healthy: a stable code (e.g. PURCHASE_DECLINE), the points it
 * costs the score, and an explanation a person can read.
 */
public record HealthCause(String code, int penalty, String explanation) {
}
