package dev.kam.account.rest.problem;

import dev.kam.account.domain.dossier.ClientProblem;
import dev.kam.account.domain.dossier.Importance;
import dev.kam.account.domain.dossier.ProblemStatus;
import dev.kam.account.service.problem.ProblemDraft;
import dev.kam.kernel.UserId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One of the client's problems or tasks to record. */
@Schema(description = "A client problem to record")
public record RecordProblemRequest(
        @NotBlank @Size(max = ClientProblem.MAX_TITLE_LENGTH) String title,
        @Size(max = ClientProblem.MAX_DESCRIPTION_LENGTH) String description,
        @NotNull Importance importance,
        @Schema(description = "Whether we can solve it") @NotNull Boolean weCanSolve,
        @Schema(description = "Whether a competitor could solve it on terms better for the client")
        @NotNull Boolean competitorBetter,
        @Schema(description = "Keycloak user id of the team member who owns it; the caller when omitted")
        @Size(max = UserId.MAX_LENGTH) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") String ownerId,
        @Schema(description = "OPEN when omitted") ProblemStatus status,
        @Schema(description = "Today when omitted; not in the future") LocalDate openedOn) {

    ProblemDraft toDraft() {
        return new ProblemDraft(title, Optional.ofNullable(description), importance, weCanSolve, competitorBetter,
                Optional.ofNullable(ownerId).map(UserId::new), Optional.ofNullable(status),
                Optional.ofNullable(openedOn));
    }
}
