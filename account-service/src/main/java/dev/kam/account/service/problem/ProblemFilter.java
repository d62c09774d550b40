package dev.kam.account.service.problem;

import dev.kam.account.domain.dossier.Importance;
import dev.kam.account.domain.dossier.ProblemStatus;

/** Which problems of an account to list; both fields are optional. */
public record ProblemFilter(ProblemStatus status, Importance importance) {
}
