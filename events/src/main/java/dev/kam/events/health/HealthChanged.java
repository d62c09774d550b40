package dev.kam.events.health;

import java.time.Instant;
import java.util.List;

/** The account's health score (0-100) or band changed. */
public record HealthChanged(
        String accountId,
        Integer previousScore,
        int score,
        String band,
        List<HealthCause> causes,
        Instant assessedAt) {
}
