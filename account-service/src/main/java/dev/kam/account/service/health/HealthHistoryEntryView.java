package dev.kam.account.service.health;

import dev.kam.account.domain.health.HealthAssessment;
import dev.kam.account.domain.health.HealthBand;
import dev.kam.account.repository.HealthSnapshotEntity;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One point of the health trend (kept whenever the assessment changed)")
public record HealthHistoryEntryView(
        UUID id,
        Instant assessedAt,
        int score,
        HealthBand band,
        List<HealthCauseView> causes,
        @Schema(description = "This assessment was a cooling (a drop past the threshold or a worse band)")
        boolean cooling) {

    public static HealthHistoryEntryView of(HealthSnapshotEntity snapshot, HealthAssessment assessment) {
        return new HealthHistoryEntryView(snapshot.id, snapshot.assessedAt, assessment.score().value(),
                assessment.band(), HealthCauseView.of(assessment.causes()), snapshot.cooling);
    }
}
