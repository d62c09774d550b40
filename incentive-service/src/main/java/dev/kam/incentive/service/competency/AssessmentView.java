package dev.kam.incentive.service.competency;

import dev.kam.incentive.domain.competency.Competency;
import dev.kam.incentive.domain.competency.ProfessionalismLevel;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One assessment: the seven scores, their mean, the weakest and the level they give. */
@Schema(name = "CompetencyAssessment")
public record AssessmentView(
        UUID id,
        LocalDate assessedOn,
        @Schema(description = "Keycloak user id of the assessor") String assessedBy,
        @Schema(description = "Each of the seven competencies scored 1-5") Map<Competency, Integer> scores,
        @Schema(description = "Mean of the seven scores, one decimal half up") String meanScore,
        @Schema(description = "The lowest-scored competency (the first of equals in the listed order)") Competency weakest,
        @Schema(description = "The professionalism level this assessment gives (docs/adr/0017)") ProfessionalismLevel level,
        String recordedBy,
        Instant recordedAt) {
}
