package dev.kam.incentive.service.statement;

import dev.kam.incentive.domain.statement.StatementStatus;
import dev.kam.plumbing.json.MoneyBody;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A statement in a list: whose, which period, where in its lifecycle, and the total. */
@Schema(name = "StatementSummary")
public record StatementSummaryView(
        UUID id,
        String employeeId,
        String period,
        StatementStatus status,
        int planVersion,
        MoneyBody base,
        MoneyBody variable,
        @Schema(description = "What is paid: base plus variable plus adjustments") MoneyBody total,
        long version,
        Instant updatedAt) {
}
