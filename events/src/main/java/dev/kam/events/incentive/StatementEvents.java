package dev.kam.events.incentive;

import dev.kam.events.EventType;
import dev.kam.events.Topics;

/**
 * Pay statements, published by incentive-service on {@value Topics#INCENTIVES}, keyed by the employee's
 * user id. They say that something happened to whose statement, never how much: pay is personal
 * (docs/adr/0019), so a consumer that needs an amount reads the statement over the API.
 */
public final class StatementEvents {

    public static final EventType<StatementApproved> APPROVED =
            new EventType<>(Topics.INCENTIVES, "dev.kam.incentive.statement-approved.v1", StatementApproved.class);
    public static final EventType<StatementAdjusted> ADJUSTED =
            new EventType<>(Topics.INCENTIVES, "dev.kam.incentive.statement-adjusted.v1", StatementAdjusted.class);
    public static final EventType<StatementPaid> PAID =
            new EventType<>(Topics.INCENTIVES, "dev.kam.incentive.statement-paid.v1", StatementPaid.class);

    private StatementEvents() {
    }
}
