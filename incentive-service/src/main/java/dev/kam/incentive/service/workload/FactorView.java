package dev.kam.incentive.service.workload;

import dev.kam.incentive.domain.workload.WorkloadFactor;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What one factor adds to an assignment's workload, and where its input came from. */
@Schema(name = "WorkloadFactorContribution")
public record FactorView(
        WorkloadFactor factor,
        String label,
        @Schema(description = "The input as a person reads it, e.g. `120 km`") String input,
        FactorSource source,
        @Schema(description = "1 (hardly any work) to 5; 3 is ordinary") int burden,
        @Schema(description = "The factor's weight, percent") String weight,
        @Schema(description = "weight x burden / 3, three decimals") String units,
        String explanation) {
}
