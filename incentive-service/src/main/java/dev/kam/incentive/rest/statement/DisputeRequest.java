package dev.kam.incentive.rest.statement;

import dev.kam.incentive.domain.statement.Dispute;
import dev.kam.incentive.rest.StatementExamples;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The employee's objection to one line of their statement. */
@Schema(description = "A dispute", example = StatementExamples.DISPUTE_REQUEST)
public record DisputeRequest(
        @Schema(description = "The code of a KPI line, or `base`", example = "volume") @NotBlank @Size(max = 40)
        String line,
        @Schema(description = "What is wrong, in the employee's words") @NotBlank @Size(max = Dispute.TEXT_MAX)
        String reason) {
}
