package dev.kam.account.service.plan;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An account's retention and loyalty plan: its objectives in the order they were set, each with its actions. */
@Schema(description = "The retention and loyalty plan of an account")
public record RetentionPlanView(
        UUID accountId,
        List<PlanObjectiveView> objectives,
        @Schema(description = "How many of the plan's actions are overdue today") int overdueActions) {
}
