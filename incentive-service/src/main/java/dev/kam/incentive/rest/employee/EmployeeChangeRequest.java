package dev.kam.incentive.rest.employee;

import dev.kam.incentive.domain.competency.ProfessionalismLevel;
import dev.kam.incentive.domain.employee.EmployeeProfile;
import dev.kam.incentive.rest.ApiExamples;
import dev.kam.kernel.UserId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An employee's position and professionalism, replaced as a whole. */
@Schema(description = "An employee's new position and professionalism", example = ApiExamples.EMPLOYEE_CHANGE)
public record EmployeeChangeRequest(
        @NotBlank @Size(max = EmployeeProfile.POSITION_MAX) String position,
        @NotNull ProfessionalismLevel professionalism) {

    public EmployeeProfile toProfile(String userId) {
        return new EmployeeProfile(UserId.of(userId), position, professionalism);
    }
}
