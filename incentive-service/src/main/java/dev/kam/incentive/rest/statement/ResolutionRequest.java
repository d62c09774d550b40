package dev.kam.incentive.rest.statement;

import dev.kam.incentive.domain.statement.Dispute;
import dev.kam.incentive.domain.statement.DisputeOutcome;
import dev.kam.incentive.rest.StatementExamples;
import dev.kam.incentive.service.money.MoneyBodies;
import dev.kam.kernel.Money;
import dev.kam.plumbing.json.MoneyBody;
import dev.kam.plumbing.problem.ProblemDetail;
import dev.kam.plumbing.problem.ProblemException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.validation.groups.ConvertGroup;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How an admin resolves a dispute; an upheld dispute on an approved or paid statement carries its adjustment. */
@Schema(description = "A dispute's resolution", example = StatementExamples.RESOLUTION_REQUEST)
public record ResolutionRequest(
        @NotNull DisputeOutcome outcome,
        @Schema(description = "Why, for the employee and the audit") @NotBlank @Size(max = Dispute.TEXT_MAX)
        String explanation,
        @Schema(nullable = true, description = "UPHELD on an approved or paid statement: the amount that settles it "
                + "(becomes an adjustment). Not allowed otherwise.")
        @Valid @ConvertGroup(to = MoneyBody.Exact.class) MoneyBody adjustment) {

    /** @throws ProblemException 400 naming {@code adjustment} when it comes with a rejection */
    public Optional<Money> settlement() {
        if (adjustment == null) {
            return Optional.empty();
        }
        if (outcome != DisputeOutcome.UPHELD) {
            throw new ProblemException(Response.Status.BAD_REQUEST, ProblemDetail.BLANK_TYPE, "Invalid input",
                    "Only an UPHELD dispute is settled with an adjustment",
                    List.of(new ProblemDetail.Violation("adjustment", "only with outcome UPHELD")));
        }
        return Optional.of(MoneyBodies.toMoney(adjustment));
    }
}
