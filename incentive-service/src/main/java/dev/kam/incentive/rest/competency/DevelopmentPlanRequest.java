package dev.kam.incentive.rest.competency;

import dev.kam.incentive.domain.competency.Competency;
import dev.kam.incentive.domain.competency.DevelopmentItem;
import dev.kam.incentive.domain.competency.DevelopmentPlan;
import dev.kam.incentive.rest.CompetencyExamples;
import dev.kam.kernel.UserId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A development plan, replaced as a whole. */
@Schema(description = "A development plan", example = CompetencyExamples.PLAN_REQUEST)
public record DevelopmentPlanRequest(
        @NotNull @Size(max = DevelopmentPlan.MAX_ITEMS) List<@NotNull @Valid Item> items) {

    /** One item of the plan. */
    @Schema(name = "DevelopmentPlanItemRequest")
    public record Item(
            @NotNull Competency competency,
            @NotBlank @Size(max = DevelopmentItem.ACTION_MAX) String action,
            @NotNull LocalDate dueOn,
            boolean done) {
    }

    public DevelopmentPlan toPlan(String employee) {
        return new DevelopmentPlan(UserId.of(employee), items.stream()
                .map(i -> new DevelopmentItem(i.competency(), i.action(), i.dueOn(), i.done())).toList());
    }
}
