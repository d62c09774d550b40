package dev.kam.events.stakeholder;

import dev.kam.events.EventType;
import dev.kam.events.Topics;

/**
 * The client's buying centre, published by contact-service on {@value Topics#STAKEHOLDERS}. Only ids,
 * names and roles travel: personal profiles never leave contact-service.
 */
public final class StakeholderEvents {

    public static final EventType<CoverageChanged> COVERAGE_CHANGED =
            new EventType<>(Topics.STAKEHOLDERS, "dev.kam.stakeholder.coverage-changed.v1", CoverageChanged.class);
    public static final EventType<StakeholderLeftClient> LEFT_CLIENT =
            new EventType<>(Topics.STAKEHOLDERS, "dev.kam.stakeholder.left-client.v1", StakeholderLeftClient.class);

    private StakeholderEvents() {
    }
}
