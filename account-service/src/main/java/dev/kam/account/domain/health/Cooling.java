package dev.kam.account.domain.health;

import java.util.List;
import java.util.Objects;

/** The relationship cooled between two assessments; the causes are the new assessment's. */
public record Cooling(
        HealthScore previousScore,
        HealthBand previousBand,
        HealthScore score,
        HealthBand band,
        List<CoolingCause> causes) {

    public Cooling {
        if (previousScore == null || previousBand == null || score == null || band == null || causes == null) {
            throw new IllegalArgumentException("Scores, bands and causes are required");
        }
        if (causes.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("A cause cannot be missing");
        }
        causes = List.copyOf(causes);
    }

    public int scoreDrop() {
        return score.dropSince(previousScore);
    }
}
