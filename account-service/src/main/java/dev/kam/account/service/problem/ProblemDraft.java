package dev.kam.account.service.problem;

import dev.kam.account.domain.dossier.Importance;
import dev.kam.account.domain.dossier.ProblemStatus;
import dev.kam.kernel.UserId;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A client problem to record; the domain's ClientProblem checks it.
 *
 * @param owner    the caller when empty
 * @param status   OPEN when empty
 * @param openedOn today when empty
 */
public record ProblemDraft(
        String title,
        Optional<String> description,
        Importance importance,
        boolean weCanSolve,
        boolean competitorBetter,
        Optional<UserId> owner,
        Optional<ProblemStatus> status,
        Optional<LocalDate> openedOn) {

    public ProblemDraft {
        if (description == null || owner == null || status == null || openedOn == null) {
            throw new IllegalArgumentException("Optional problem fields must be given or explicitly empty");
        }
    }
}
