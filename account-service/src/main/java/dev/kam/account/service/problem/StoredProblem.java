package dev.kam.account.service.problem;

import dev.kam.account.domain.dossier.ClientProblem;
import dev.kam.account.repository.ClientProblemEntity;
import dev.kam.kernel.UserId;
import java.util.Optional;

/** Moves a client problem between its row and the domain's ClientProblem, which holds its rules. */
final class StoredProblem {

    private StoredProblem() {
    }

    static ClientProblem read(ClientProblemEntity stored) {
        return new ClientProblem(stored.title, Optional.ofNullable(stored.description),
                stored.importance, stored.weCanSolve, stored.competitorBetter,
                new UserId(stored.ownerId), stored.status, stored.openedOn,
                Optional.ofNullable(stored.resolvedOn));
    }

    static void write(ClientProblem problem, ClientProblemEntity stored) {
        stored.title = problem.title();
        stored.description = problem.description().orElse(null);
        stored.importance = problem.importance();
        stored.weCanSolve = problem.weCanSolve();
        stored.competitorBetter = problem.competitorBetter();
        stored.ownerId = problem.owner().value();
        stored.status = problem.status();
        stored.openedOn = problem.openedOn();
        stored.resolvedOn = problem.resolvedOn().orElse(null);
    }
}
