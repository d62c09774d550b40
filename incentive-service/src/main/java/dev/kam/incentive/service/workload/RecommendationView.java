package dev.kam.incentive.service.workload;

import dev.kam.incentive.domain.competency.ProfessionalismLevel;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How many key accounts an employee should hold, against how many they do. */
@Schema(name = "AccountRecommendation")
public record RecommendationView(
        String employeeId,
        ProfessionalismLevel professionalism,
        int weightsVersion,
        String capacity,
        @Schema(description = "The workload of an ordinary account for this level") String perOrdinaryAccount,
        @Schema(description = "Capacity / per ordinary account, rounded down") int recommendedAccounts,
        @Schema(description = "Accounts the employee works on now") int currentAccounts,
        String explanation) {
}
