package dev.kam.account.rest.problem;

import dev.kam.account.domain.dossier.ClientProblem;
import dev.kam.account.domain.dossier.Importance;
import dev.kam.account.domain.dossier.ProblemStatus;
import dev.kam.account.service.problem.ProblemChanges;
import dev.kam.kernel.UserId;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Changes to a client problem: only the fields sent change; a description sent empty is cleared. */
@Schema(description = "Changes to a client problem; omitted fields stay as they are")
public record UpdateProblemRequest(
        @Size(min = 1, max = ClientProblem.MAX_TITLE_LENGTH) String title,
        @Size(max = ClientProblem.MAX_DESCRIPTION_LENGTH) String description,
        Importance importance,
        Boolean weCanSolve,
        Boolean competitorBetter,
        @Schema(description = "Keycloak user id of a team member") @Size(min = 1, max = UserId.MAX_LENGTH)
        @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") String ownerId,
        @Schema(description = "Closing (SOLVED, DROPPED) sets resolvedOn to today; reopening clears it")
        ProblemStatus status,
        LocalDate openedOn) {

    ProblemChanges toChanges() {
        return new ProblemChanges(Optional.ofNullable(title), Optional.ofNullable(description),
                Optional.ofNullable(importance), Optional.ofNullable(weCanSolve), Optional.ofNullable(competitorBetter),
                Optional.ofNullable(ownerId).map(UserId::new), Optional.ofNullable(status),
                Optional.ofNullable(openedOn));
    }
}
