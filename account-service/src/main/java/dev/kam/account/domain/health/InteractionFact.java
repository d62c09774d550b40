package dev.kam.account.domain.health;

import dev.kam.account.domain.dossier.Outcome;
import java.time.LocalDate;

/** When an interaction took place and how it went; all health needs to know of it. */
public record InteractionFact(LocalDate on, Outcome outcome) {

    public InteractionFact {
        if (on == null || outcome == null) {
            throw new IllegalArgumentException("Interaction date and outcome are required");
        }
    }
}
