package dev.kam.events.health;

import dev.kam.events.EventType;
import dev.kam.events.Topics;

/** Relationship health, published by account-service on {@value Topics#ACCOUNT_HEALTH}. */
public final class HealthEvents {

    public static final EventType<HealthChanged> CHANGED =
            new EventType<>(Topics.ACCOUNT_HEALTH, "dev.kam.account-health.changed.v1", HealthChanged.class);
    public static final EventType<CoolingDetected> COOLING_DETECTED =
            new EventType<>(Topics.ACCOUNT_HEALTH, "dev.kam.account-health.cooling-detected.v1",
                    CoolingDetected.class);

    private HealthEvents() {
    }
}
