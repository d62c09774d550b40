package dev.kam.account.service.health;

import dev.kam.account.domain.health.CauseCode;
import dev.kam.account.domain.health.CoolingCause;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One reason the relationship is less healthy")
public record HealthCauseView(
        CauseCode code,
        @Schema(description = "Points it takes off the score") int penalty,
        @Schema(description = "What was found, with the numbers") String explanation) {

    public static List<HealthCauseView> of(List<CoolingCause> causes) {
        return causes.stream().map(cause -> new HealthCauseView(cause.code(), cause.penalty(), cause.explanation()))
                .toList();
    }
}
