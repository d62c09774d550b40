package dev.kam.incentive.domain.employee;

import dev.kam.incentive.domain.competency.ProfessionalismLevel;
import dev.kam.kernel.BoundedText;
import dev.kam.kernel.UserId;

/**
 * A person who serves key accounts or supports those who do: their position and the professionalism
 * the workload model counts with. Nothing else about them is kept here (pay is in plans).
 */
public record EmployeeProfile(UserId userId, String position, ProfessionalismLevel professionalism) {

    public static final int POSITION_MAX = 120;

    public EmployeeProfile {
        if (userId == null) {
            throw new IllegalArgumentException("The employee's user id is required");
        }
        position = BoundedText.required(position, "position", POSITION_MAX);
        if (professionalism == null) {
            throw new IllegalArgumentException("The professionalism level is required");
        }
    }
}
