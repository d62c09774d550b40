package dev.kam.contact.rest.role;

import dev.kam.contact.domain.role.AssessmentScore;
import dev.kam.contact.domain.role.BuyingCentreRole;
import dev.kam.contact.domain.role.RoleAssessment;
import dev.kam.contact.domain.role.RoleOverride;
import dev.kam.plumbing.problem.ProblemDetail;
import dev.kam.plumbing.problem.ProblemException;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An assessment of interest and involvement (1 = none, 5 = decisive), why, and an optional override. */
public record AssessmentRequest(
        @NotNull @Min(1) @Max(5) @Schema(description = "1..5; HIGH from 3 by default") Integer interest,
        @NotNull @Min(1) @Max(5) @Schema(description = "1..5; HIGH from 3 by default") Integer involvement,
        @NotBlank @Size(max = RoleAssessment.MAX_REASON_LENGTH) String reason,
        @Schema(description = "The purchase decision this role applies to; absent for the account-wide role")
        UUID decisionId,
        @Schema(description = "A role other than the scores give; needs overrideReason") BuyingCentreRole overrideRole,
        @Size(max = RoleOverride.MAX_REASON_LENGTH) String overrideReason) {

    /** The domain assessment; {@code field} prefixes the violation of a missing override reason. */
    public RoleAssessment toAssessment(String field) {
        if (overrideRole != null && (overrideReason == null || overrideReason.isBlank())) {
            String name = field.isEmpty() ? "overrideReason" : field + ".overrideReason";
            throw new ProblemException(Response.Status.BAD_REQUEST, ProblemDetail.BLANK_TYPE, "Invalid input",
                    "An override needs a reason",
                    List.of(new ProblemDetail.Violation(name, "required when overrideRole is given")));
        }
        Optional<RoleOverride> override = Optional.ofNullable(overrideRole)
                .map(role -> new RoleOverride(role, overrideReason));
        return new RoleAssessment(AssessmentScore.of(interest), AssessmentScore.of(involvement), reason, override);
    }
}
