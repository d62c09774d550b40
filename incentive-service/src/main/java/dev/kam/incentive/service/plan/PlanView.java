package dev.kam.incentive.service.plan;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An employee's pay plan for a period with every version, oldest first. */
@Schema(name = "PayPlan")
public record PlanView(
        UUID id,
        @Schema(description = "Keycloak user id of the employee") String employeeId,
        @Schema(description = "2026, 2026-H1 or 2026-Q3") String period,
        @Schema(description = "Number of the version in force; null before one is") Integer inForce,
        @Schema(description = "Number of the open draft; null when there is none") Integer draft,
        List<PlanVersionView> versions,
        @Schema(description = "Also sent as the ETag; send it back in If-Match to change the plan") long version,
        String createdBy,
        Instant createdAt,
        Instant updatedAt) {
}
