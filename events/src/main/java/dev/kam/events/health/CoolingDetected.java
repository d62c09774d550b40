package dev.kam.events.health;

import java.time.Instant;
import java.util.List;

/** The relationship is cooling: the score dropped past the threshold or the band worsened. */
public record CoolingDetected(
        String accountId,
        int previousScore,
        String previousBand,
        int score,
        String band,
        List<HealthCause> causes,
        Instant detectedAt) {
}
