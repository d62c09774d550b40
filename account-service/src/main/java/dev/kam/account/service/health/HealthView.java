package dev.kam.account.service.health;

import dev.kam.account.domain.health.HealthAssessment;
import dev.kam.account.domain.health.HealthBand;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An account's relationship health")
public record HealthView(
        UUID accountId,
        @Schema(description = "0 (gone cold) to 100 (nothing wrong that we can see)") int score,
        HealthBand band,
        @Schema(description = "Heaviest first") List<HealthCauseView> causes,
        Instant assessedAt) {

    public static HealthView of(UUID accountId, HealthAssessment assessment, Instant assessedAt) {
        return new HealthView(accountId, assessment.score().value(), assessment.band(),
                HealthCauseView.of(assessment.causes()), assessedAt);
    }
}
