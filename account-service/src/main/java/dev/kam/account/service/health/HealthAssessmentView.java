package dev.kam.account.service.health;

import dev.kam.account.domain.health.HealthBand;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A fresh assessment, and whether it changed the score or detected a cooling")
public record HealthAssessmentView(
        UUID accountId,
        int score,
        HealthBand band,
        List<HealthCauseView> causes,
        Instant assessedAt,
        @Schema(description = "The score or band differs from the previous assessment") boolean changed,
        @Schema(nullable = true, description = "Present when this assessment is a cooling") CoolingView cooling) {

    @Schema(name = "HealthCooling")
    public record CoolingView(int previousScore, HealthBand previousBand, int scoreDrop) {
    }

    public static HealthAssessmentView of(AssessingAccountHealth.Reassessment reassessment) {
        return new HealthAssessmentView(reassessment.accountId(), reassessment.assessment().score().value(),
                reassessment.assessment().band(), HealthCauseView.of(reassessment.assessment().causes()),
                reassessment.assessedAt(), reassessment.scoreOrBandChanged(),
                reassessment.cooling().map(cooling -> new CoolingView(cooling.previousScore().value(),
                        cooling.previousBand(), cooling.scoreDrop())).orElse(null));
    }
}
