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

    public static final EventType<StakeholderAdded> ADDED =
            new EventType<>(Topics.STAKEHOLDERS, "dev.kam.stakeholder.added.v1", StakeholderAdded.class);
    public static final EventType<StakeholderRoleChanged> ROLE_CHANGED =
            new EventType<>(Topics.STAKEHOLDERS, "dev.kam.stakeholder.role-changed.v1", StakeholderRoleChanged.class);
    public static final EventType<RelationshipChanged> RELATIONSHIP_CHANGED =
            new EventType<>(Topics.STAKEHOLDERS, "dev.kam.stakeholder.relationship-changed.v1",
                    RelationshipChanged.class);
    public static final EventType<StakeholderChanged> CHANGED =
            new EventType<>(Topics.STAKEHOLDERS, "dev.kam.stakeholder.changed.v1", StakeholderChanged.class);
    public static final EventType<StakeholderErased> ERASED =
            new EventType<>(Topics.STAKEHOLDERS, "dev.kam.stakeholder.erased.v1", StakeholderErased.class);

    private StakeholderEvents() {
    }
}
