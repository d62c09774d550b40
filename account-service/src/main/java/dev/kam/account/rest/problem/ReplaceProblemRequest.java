package dev.kam.account.rest.problem;

import dev.kam.account.domain.dossier.ClientProblem;
import dev.kam.account.domain.dossier.Importance;
import dev.kam.account.domain.dossier.ProblemStatus;
import dev.kam.account.service.problem.ProblemChanges;
import dev.kam.kernel.UserId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A client problem as a whole, replacing what is stored; an omitted description clears it. */
@Schema(description = "A client problem, all fields")
public record ReplaceProblemRequest(
        @NotBlank @Size(max = ClientProblem.MAX_TITLE_LENGTH) String title,
        @Size(max = ClientProblem.MAX_DESCRIPTION_LENGTH) String description,
        @NotNull Importance importance,
        @NotNull Boolean weCanSolve,
        @NotNull Boolean competitorBetter,
        @Schema(description = "Keycloak user id of the team member who owns it")
        @NotBlank @Size(max = UserId.MAX_LENGTH) String ownerId,
        @Schema(description = "Closing (SOLVED, DROPPED) sets resolvedOn to today; reopening clears it")
        @NotNull ProblemStatus status,
        @NotNull LocalDate openedOn) {

    ProblemChanges toChanges() {
        return new ProblemChanges(Optional.of(title), Optional.of(description == null ? "" : description),
                Optional.of(importance), Optional.of(weCanSolve), Optional.of(competitorBetter),
                Optional.of(new UserId(ownerId)), Optional.of(status), Optional.of(openedOn));
    }
}
