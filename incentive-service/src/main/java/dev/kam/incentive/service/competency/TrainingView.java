package dev.kam.incentive.service.competency;

import dev.kam.incentive.domain.competency.Competency;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A completed training. */
@Schema(name = "TrainingRecord")
public record TrainingView(
        UUID id,
        String title,
        @Schema(nullable = true, description = "The competency it built; null when not aimed at one") Competency competency,
        LocalDate completedOn,
        String recordedBy,
        Instant recordedAt) {
}
