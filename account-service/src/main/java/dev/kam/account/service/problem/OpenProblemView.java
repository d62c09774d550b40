package dev.kam.account.service.problem;

import dev.kam.account.domain.dossier.Importance;
import dev.kam.account.domain.dossier.ProblemStatus;
import dev.kam.account.repository.ClientProblemRepository.ProblemOnAccount;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An important problem still waiting for us, as a row of the portfolio list. */
@Schema(description = "An open HIGH or CRITICAL client problem, with its account")
public record OpenProblemView(
        UUID accountId,
        String accountName,
        UUID problemId,
        String title,
        @Schema(enumeration = {"HIGH", "CRITICAL"}) Importance importance,
        @Schema(enumeration = {"OPEN", "IN_PROGRESS"}) ProblemStatus status,
        boolean weCanSolve,
        boolean competitorBetter,
        @Schema(description = "Keycloak user id of the team member who owns it") String ownerId,
        LocalDate openedOn,
        @Schema(description = "Days open so far") long ageDays) {

    static OpenProblemView of(ProblemOnAccount row, LocalDate today) {
        ProblemView problem = ProblemView.of(row.problem(), today);
        return new OpenProblemView(problem.accountId(), row.accountName(), problem.id(), problem.title(),
                problem.importance(), problem.status(), problem.weCanSolve(), problem.competitorBetter(),
                problem.ownerId(), problem.openedOn(), problem.ageDays());
    }
}
