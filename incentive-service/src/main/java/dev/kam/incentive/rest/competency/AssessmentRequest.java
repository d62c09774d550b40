package dev.kam.incentive.rest.competency;

import dev.kam.incentive.domain.competency.Competency;
import dev.kam.incentive.domain.competency.CompetencyAssessment;
import dev.kam.incentive.domain.competency.CompetencyScore;
import dev.kam.incentive.rest.CompetencyExamples;
import dev.kam.kernel.UserId;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An assessment over all seven competencies. */
@Schema(description = "A competency assessment", example = CompetencyExamples.ASSESSMENT_REQUEST)
public record AssessmentRequest(
        @Schema(description = "When it was made; not in the future") @NotNull @PastOrPresent LocalDate assessedOn,
        @Schema(description = "Keycloak user id of the assessor; the caller when left out. Never the person assessed")
        @Size(min = 1, max = UserId.MAX_LENGTH) String assessedBy,
        @Schema(description = "Every one of the seven competencies, scored 1-5")
        @NotNull Map<@NotNull Competency, @NotNull @Min(1) @Max(5) Integer> scores) {

    /** @throws IllegalArgumentException when a competency is missing */
    public CompetencyAssessment toAssessment(String employee, String caller) {
        Map<Competency, CompetencyScore> read = new EnumMap<>(Competency.class);
        scores.forEach((competency, score) -> read.put(competency, CompetencyScore.of(score)));
        return new CompetencyAssessment(UserId.of(employee), read, assessedOn,
                UserId.of(assessedBy == null ? caller : assessedBy));
    }
}
