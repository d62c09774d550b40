package dev.kam.incentive.service.competency;

import dev.kam.incentive.domain.competency.Competency;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An employee's development plan, items by due date. */
@Schema(name = "DevelopmentPlan")
public record DevelopmentPlanView(
        String employeeId,
        List<Item> items,
        @Schema(nullable = true, description = "Whether an open item works on the competency the latest assessment "
                + "scored lowest; null without an assessment") Boolean addressesWeakest,
        @Schema(description = "Also sent as the ETag; send it back in If-Match to replace the plan") long version,
        String updatedBy,
        Instant updatedAt) {

    /** One item of the plan. */
    @Schema(name = "DevelopmentPlanItem")
    public record Item(Competency competency, String action, LocalDate dueOn, boolean done) {
    }
}
