package dev.kam.events;

import dev.kam.events.account.AccountEvents;
import dev.kam.events.health.HealthEvents;
import dev.kam.events.incentive.StatementEvents;
import dev.kam.events.incentive.IncentiveEvents;
import dev.kam.events.purchase.PurchaseEvents;
import dev.kam.events.stakeholder.StakeholderEvents;
import java.util.List;
import java.util.Optional;

/** Every event type of the contract; the AsyncAPI document and the JSON Schemas are checked against it. */
public final class EventCatalog {

    public static final List<EventType<?>> ALL = List.of(
            AccountEvents.REGISTERED,
            AccountEvents.PROFILE_CHANGED,
            AccountEvents.STATUS_CHANGED,
            AccountEvents.TEAM_CHANGED,
            AccountEvents.INTERACTION_LOGGED,
            PurchaseEvents.VOLUME_RECORDED,
            HealthEvents.CHANGED,
            HealthEvents.COOLING_DETECTED,
            StakeholderEvents.COVERAGE_CHANGED,
            StakeholderEvents.LEFT_CLIENT,
            StakeholderEvents.ADDED,
            StakeholderEvents.ROLE_CHANGED,
            StakeholderEvents.RELATIONSHIP_CHANGED,
            StakeholderEvents.CHANGED,
            StakeholderEvents.ERASED,
            StatementEvents.APPROVED,
            StatementEvents.ADJUSTED,
            StatementEvents.PAID,
            IncentiveEvents.BONUS_AWARDED,
            IncentiveEvents.OVERLOAD_DETECTED);

    private EventCatalog() {
    }

    public static Optional<EventType<?>> byType(String type) {
        return ALL.stream().filter(eventType -> eventType.type().equals(type)).findFirst();
    }
}
