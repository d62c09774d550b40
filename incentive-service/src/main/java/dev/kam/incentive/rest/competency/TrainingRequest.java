package dev.kam.incentive.rest.competency;

import dev.kam.incentive.domain.competency.Competency;
import dev.kam.incentive.domain.competency.TrainingRecord;
import dev.kam.incentive.rest.CompetencyExamples;
import dev.kam.kernel.UserId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A completed training. */
@Schema(description = "A completed training", example = CompetencyExamples.TRAINING_REQUEST)
public record TrainingRequest(
        @NotBlank @Size(max = TrainingRecord.TITLE_MAX) String title,
        @Schema(description = "The competency it built; leave out when not aimed at one") Competency competency,
        @Schema(description = "Not in the future") @NotNull @PastOrPresent LocalDate completedOn) {

    public TrainingRecord toRecord(String employee) {
        return new TrainingRecord(UserId.of(employee), title, Optional.ofNullable(competency), completedOn);
    }
}
