package dev.kam.incentive.service.statement;

import dev.kam.incentive.domain.statement.StatementStatus;
import dev.kam.plumbing.json.MoneyBody;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An employee's pay statement for a period: the base, one line per KPI with its trace, adjustments, disputes, total. */
@Schema(name = "Statement")
public record StatementView(
        UUID id,
        @Schema(description = "Keycloak user id of the employee") String employeeId,
        @Schema(description = "2026, 2026-H1 or 2026-Q3") String period,
        @Schema(description = "DRAFT follows the facts; APPROVED is fixed; PAID has been paid out") StatementStatus status,
        @Schema(description = "The pay plan the figures come from") UUID planId,
        @Schema(description = "The version of that plan (the one in force when last computed)") int planVersion,
        MoneyBody base,
        List<StatementLineView> lines,
        @Schema(description = "The sum of the lines' payouts") MoneyBody variable,
        @Schema(description = "Base plus variable, as computed") MoneyBody computedTotal,
        List<AdjustmentView> adjustments,
        @Schema(description = "What is paid: the computed total plus every adjustment") MoneyBody total,
        List<DisputeView> disputes,
        @Schema(nullable = true) String approvedBy,
        @Schema(nullable = true) Instant approvedAt,
        @Schema(nullable = true) String paidBy,
        @Schema(nullable = true) Instant paidAt,
        @Schema(description = "When the figures were last computed from the plan and the facts") Instant computedAt,
        @Schema(description = "Also sent as the ETag; send it back in If-Match to act on the statement") long version,
        Instant createdAt,
        Instant updatedAt) {
}
