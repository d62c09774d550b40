package dev.kam.account.repository;

import dev.kam.account.domain.dossier.ActionStatus;
import java.time.LocalDate;
import java.util.Collection;
import java.util.UUID;

/**
 * Unfinished plan actions past their due date across accounts, longest overdue first.
 *
 * @param teamMemberId only accounts on whose team this user is; null for every account
 * @param ownerId      only actions this user owns; null for everyone's
 * @param statuses     the statuses that count as unfinished
 * @param dueBefore    only actions due before this day (today: due today is not yet overdue)
 * @param afterDueOn   keyset: the due date of the last action of the previous page
 * @param afterId      keyset: its id
 */
public record OverdueActionsQuery(
        String teamMemberId,
        String ownerId,
        Collection<ActionStatus> statuses,
        LocalDate dueBefore,
        LocalDate afterDueOn,
        UUID afterId) {
}
