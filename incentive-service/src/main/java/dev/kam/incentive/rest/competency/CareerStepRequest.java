package dev.kam.incentive.rest.competency;

import dev.kam.incentive.domain.competency.CareerStep;
import dev.kam.incentive.rest.CompetencyExamples;
import dev.kam.kernel.UserId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A step of an employee's career. */
@Schema(description = "A career step", example = CompetencyExamples.CAREER_STEP_REQUEST)
public record CareerStepRequest(
        @NotBlank @Size(max = CareerStep.POSITION_MAX) String position,
        @Schema(description = "From when; not before the latest recorded step") @NotNull LocalDate effectiveOn,
        @Size(min = 1, max = CareerStep.NOTE_MAX) String note) {

    public CareerStep toStep(String employee) {
        return new CareerStep(UserId.of(employee), position, effectiveOn, note);
    }
}
