package dev.kam.incentive.service.workload;

import dev.kam.incentive.domain.competency.ProfessionalismLevel;
import dev.kam.incentive.service.competency.ProfessionalismSource;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An employee's load against capacity, assignment by assignment. */
@Schema(name = "EmployeeWorkload")
public record WorkloadView(
        String employeeId,
        ProfessionalismLevel professionalism,
        ProfessionalismSource professionalismFrom,
        @Schema(description = "The version of the weights used") int weightsVersion,
        @Schema(description = "Workload units the employee can carry") String capacity,
        @Schema(description = "The sum of the assignments' workloads") String load,
        @Schema(description = "Load as a share of capacity, percent, one decimal (for reading; decisions use units)")
        String utilisation,
        @Schema(description = "Units still free; negative when overloaded") String headroom,
        boolean overloaded,
        List<AssignmentWorkloadView> assignments) {
}
