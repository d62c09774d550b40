package dev.kam.account.rest.health;

import dev.kam.account.domain.health.HealthBand;
import dev.kam.account.service.health.ReadingAccountHealth;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import dev.kam.account.rest.ApiExamplesNumbers;

@Schema(description = "An account's relationship health", example = ApiExamplesNumbers.HEALTH)
public record HealthView(
        UUID accountId,
        @Schema(description = "0 (gone cold) to 100 (nothing wrong that we can see)") int score,
        HealthBand band,
        @Schema(description = "Heaviest first") List<HealthCauseView> causes,
        Instant assessedAt) {

    static HealthView of(ReadingAccountHealth.Current current) {
        return new HealthView(current.accountId(), current.assessment().score().value(), current.assessment().band(),
                HealthCauseView.of(current.assessment().causes()), current.assessedAt());
    }
}
