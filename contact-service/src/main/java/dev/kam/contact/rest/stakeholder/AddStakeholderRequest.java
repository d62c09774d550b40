package dev.kam.contact.rest.stakeholder;

import dev.kam.contact.domain.stakeholder.StakeholderDetails;
import dev.kam.contact.rest.role.AssessmentRequest;
import dev.kam.contact.service.stakeholder.NewStakeholder;
import dev.kam.plumbing.problem.ProblemDetail;
import dev.kam.plumbing.problem.ProblemException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A client person to put on record, with the team's first assessment of his role (account-wide). */
public record AddStakeholderRequest(
        @NotNull UUID accountId,
        @NotBlank @Size(max = StakeholderDetails.MAX_NAME_LENGTH) String name,
        @Size(max = StakeholderDetails.MAX_POSITION_LENGTH) String position,
        @Size(max = StakeholderDetails.MAX_DEPARTMENT_LENGTH) String department,
        @Schema(description = "The person he reports to (same account)") UUID reportsTo,
        @Size(max = StakeholderDetails.MAX_CHANNELS) List<@Valid @NotNull ChannelRequest> channels,
        @Schema(description = "The person we deal with first; moves the flag from whoever had it") Boolean primaryContact,
        @NotNull @Valid AssessmentRequest assessment) {

    public NewStakeholder toNewStakeholder() {
        if (assessment.decisionId() != null) {
            throw new ProblemException(Response.Status.BAD_REQUEST, ProblemDetail.BLANK_TYPE, "Invalid input",
                    "The first assessment is account-wide; assess per purchase decision afterwards",
                    List.of(new ProblemDetail.Violation("assessment.decisionId", "must be absent when adding")));
        }
        return new NewStakeholder(accountId, StakeholderRequests.details(name, position, department, channels),
                Optional.ofNullable(reportsTo), Boolean.TRUE.equals(primaryContact),
                assessment.toAssessment("assessment"));
    }
}
