package dev.kam.incentive.service.workload;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How much work one account is for the employee, with every factor's contribution. */
@Schema(name = "AssignmentWorkload")
public record AssignmentWorkloadView(
        UUID accountId,
        @Schema(nullable = true) String accountName,
        @Schema(description = "The sum of the factors' units") String units,
        @Schema(nullable = true, description = "The version (ETag) of the assignment's ratings; null when not rated")
        Long ratingVersion,
        List<FactorView> factors) {
}
