package dev.kam.incentive.service.statement;

import dev.kam.incentive.domain.statement.DisputeOutcome;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The employee's objection to a line and, once resolved, the admin's answer. */
@Schema(name = "StatementDispute")
public record DisputeView(
        int number,
        @Schema(description = "A KPI code, or `base`") String line,
        String reason,
        String raisedBy,
        Instant raisedAt,
        boolean open,
        @Schema(nullable = true) DisputeOutcome outcome,
        @Schema(nullable = true) String explanation,
        @Schema(nullable = true) String resolvedBy,
        @Schema(nullable = true) Instant resolvedAt) {
}
