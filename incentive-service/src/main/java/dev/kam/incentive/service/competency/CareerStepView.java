package dev.kam.incentive.service.competency;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A step of an employee's career. */
@Schema(name = "CareerStep")
public record CareerStepView(
        UUID id,
        String position,
        LocalDate effectiveOn,
        @Schema(nullable = true) String note,
        String recordedBy,
        Instant recordedAt) {
}
