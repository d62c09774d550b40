package dev.kam.events.incentive;

import dev.kam.events.EventType;
import dev.kam.events.Topics;

/**
 * Incentive facts, published by incentive-service on {@value Topics#INCENTIVES}. They carry no pay
 * amounts (docs/adr/0019): every consumer of the topic would otherwise see people's pay.
 */
public final class IncentiveEvents {

    public static final EventType<BonusAwarded> BONUS_AWARDED =
            new EventType<>(Topics.INCENTIVES, "dev.kam.incentive.bonus-awarded.v1", BonusAwarded.class);
    public static final EventType<OverloadDetected> OVERLOAD_DETECTED =
            new EventType<>(Topics.INCENTIVES, "dev.kam.incentive.overload-detected.v1", OverloadDetected.class);

    private IncentiveEvents() {
    }
}
