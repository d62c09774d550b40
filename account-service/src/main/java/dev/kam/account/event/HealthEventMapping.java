package dev.kam.account.event;

import dev.kam.account.domain.health.Cooling;
import dev.kam.account.domain.health.CoolingCause;
import dev.kam.account.domain.health.HealthAssessment;
import dev.kam.events.health.CoolingDetected;
import dev.kam.events.health.HealthCause;
import dev.kam.events.health.HealthChanged;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Health assessments and coolings as the public events of kam.account-health.v1. */
public final class HealthEventMapping {

    private HealthEventMapping() {
    }

    public static HealthChanged changed(UUID accountId, Optional<Integer> previousScore, HealthAssessment now,
            Instant assessedAt) {
        return new HealthChanged(accountId.toString(), previousScore.orElse(null), now.score().value(),
                now.band().name(), causes(now.causes()), assessedAt);
    }

    public static CoolingDetected coolingDetected(UUID accountId, Cooling cooling, Instant detectedAt) {
        return new CoolingDetected(accountId.toString(), cooling.previousScore().value(),
                cooling.previousBand().name(), cooling.score().value(), cooling.band().name(),
                causes(cooling.causes()), detectedAt);
    }

    public static List<HealthCause> causes(List<CoolingCause> causes) {
        return causes.stream()
                .map(cause -> new HealthCause(cause.code().name(), cause.penalty(), cause.explanation()))
                .toList();
    }
}
