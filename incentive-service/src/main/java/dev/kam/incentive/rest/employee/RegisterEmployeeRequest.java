package dev.kam.incentive.rest.employee;

import dev.kam.incentive.domain.competency.ProfessionalismLevel;
import dev.kam.incentive.domain.employee.EmployeeProfile;
import dev.kam.incentive.rest.ApiExamples;
import dev.kam.kernel.UserId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A person the identity provider knows, registered as an employee. */
@Schema(description = "An employee to register", example = ApiExamples.EMPLOYEE_REGISTRATION)
public record RegisterEmployeeRequest(
        @Schema(description = "Keycloak user id") @NotBlank @Size(max = UserId.MAX_LENGTH) String userId,
        @NotBlank @Size(max = EmployeeProfile.POSITION_MAX) String position,
        @NotNull ProfessionalismLevel professionalism) {

    public EmployeeProfile toProfile() {
        return new EmployeeProfile(UserId.of(userId), position, professionalism);
    }
}
