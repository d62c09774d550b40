package dev.kam.account.service.plan;

import dev.kam.account.repository.PlanObjectiveEntity;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An objective of a retention plan with its actions, soonest due first. */
@Schema(description = "An objective of an account's retention and loyalty plan, with its actions")
public record PlanObjectiveView(
        UUID id,
        UUID accountId,
        String title,
        String description,
        Instant createdAt,
        List<PlanActionView> actions) {

    static PlanObjectiveView of(PlanObjectiveEntity objective, List<PlanActionView> actions) {
        return new PlanObjectiveView(objective.id, objective.accountId, objective.title, objective.description,
                objective.createdAt, actions);
    }
}
