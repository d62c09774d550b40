package dev.kam.account.service.problem;

import dev.kam.account.domain.dossier.Importance;
import dev.kam.account.domain.dossier.ProblemStatus;
import dev.kam.kernel.UserId;
import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What to change on a client problem; an empty field stays as it is. A description sent blank is
 * cleared.
 */
public record ProblemChanges(
        Optional<String> title,
        Optional<String> description,
        Optional<Importance> importance,
        Optional<Boolean> weCanSolve,
        Optional<Boolean> competitorBetter,
        Optional<UserId> owner,
        Optional<ProblemStatus> status,
        Optional<LocalDate> openedOn) {

    public ProblemChanges {
        if (Stream.of(title, description, importance, weCanSolve, competitorBetter, owner, status, openedOn)
                .anyMatch(field -> field == null)) {
            throw new IllegalArgumentException("Problem changes must be given or explicitly empty");
        }
        if (Stream.of(title, description, importance, weCanSolve, competitorBetter, owner, status, openedOn)
                .allMatch(Optional::isEmpty)) {
            throw new IllegalArgumentException("Send at least one field to change");
        }
    }
}
