package dev.kam.account.service.problem;

import dev.kam.account.domain.dossier.Importance;
import dev.kam.account.domain.dossier.ProblemStatus;
import dev.kam.account.repository.ClientProblemEntity;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One of the client's problems as the dossier shows it. */
@Schema(description = "A problem or task of the client")
public record ProblemView(
        UUID id,
        UUID accountId,
        String title,
        String description,
        @Schema(enumeration = {"LOW", "MEDIUM", "HIGH", "CRITICAL"}) Importance importance,
        @Schema(description = "Whether we can solve it") boolean weCanSolve,
        @Schema(description = "Whether a competitor could solve it on terms better for the client")
        boolean competitorBetter,
        @Schema(description = "Keycloak user id of the team member who owns it") String ownerId,
        @Schema(enumeration = {"OPEN", "IN_PROGRESS", "SOLVED", "DROPPED"}) ProblemStatus status,
        LocalDate openedOn,
        @Schema(description = "Set when it is solved or dropped") LocalDate resolvedOn,
        @Schema(description = "Days the client has waited: until today while open, until resolution once closed")
        long ageDays,
        Instant updatedAt,
        @Schema(description = "Version for optimistic locking; send it quoted in If-Match") long version) {

    static ProblemView of(ClientProblemEntity problem, LocalDate today) {
        return new ProblemView(problem.id, problem.accountId, problem.title, problem.description, problem.importance,
                problem.weCanSolve, problem.competitorBetter, problem.ownerId, problem.status, problem.openedOn,
                problem.resolvedOn, StoredProblem.read(problem).ageInDays(today), problem.updatedAt, problem.version);
    }
}
