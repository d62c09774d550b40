package dev.kam.account.rest.plan;

import dev.kam.account.domain.dossier.PlanObjective;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An objective to add to an account's retention plan. */
@Schema(description = "A retention plan objective to add")
public record AddPlanObjectiveRequest(
        @NotBlank @Size(max = PlanObjective.MAX_TITLE_LENGTH) String title,
        @Size(max = PlanObjective.MAX_DESCRIPTION_LENGTH) String description) {
}
