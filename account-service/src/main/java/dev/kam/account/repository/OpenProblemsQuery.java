package dev.kam.account.repository;

import dev.kam.account.domain.dossier.Importance;
import dev.kam.account.domain.dossier.ProblemStatus;
import java.time.LocalDate;
import java.util.Collection;
import java.util.UUID;

/**
 * Problems still waiting for us across accounts, oldest first.
 *
 * @param teamMemberId  only accounts on whose team this user is; null for every account
 * @param statuses      the statuses that count as still open
 * @param importances   the importances that count
 * @param openedOnOrBefore only problems opened on or before this day (their minimum age)
 * @param afterOpenedOn keyset: the opening date of the last problem of the previous page
 * @param afterId       keyset: its id
 */
public record OpenProblemsQuery(
        String teamMemberId,
        Collection<ProblemStatus> statuses,
        Collection<Importance> importances,
        LocalDate openedOnOrBefore,
        LocalDate afterOpenedOn,
        UUID afterId) {
}
