package dev.kam.account.repository;

import dev.kam.account.domain.dossier.Importance;
import dev.kam.account.domain.dossier.ProblemStatus;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One page of an account's problems, most recently opened first; filters are optional.
 *
 * @param afterOpenedOn keyset: the opening date of the last problem of the previous page
 * @param afterId       keyset: its id
 */
public record ProblemQuery(UUID accountId, ProblemStatus status, Importance importance, LocalDate afterOpenedOn, UUID afterId) {
}
