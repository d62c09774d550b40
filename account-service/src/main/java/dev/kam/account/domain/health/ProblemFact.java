package dev.kam.account.domain.health;

import dev.kam.account.domain.dossier.Importance;
import dev.kam.account.domain.dossier.ProblemStatus;
import java.time.LocalDate;

/** A client problem as health sees it: how important, where it stands, since when. */
public record ProblemFact(Importance importance, ProblemStatus status, LocalDate openedOn) {

    public ProblemFact {
        if (importance == null || status == null || openedOn == null) {
            throw new IllegalArgumentException("Problem importance, status and opening date are required");
        }
    }
}
