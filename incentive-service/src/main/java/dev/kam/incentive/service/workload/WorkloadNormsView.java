package dev.kam.incentive.service.workload;

import dev.kam.incentive.domain.workload.WorkloadFactor;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The workload norm in force: the versioned weights and the capacity rule. */
@Schema(name = "WorkloadNorms")
public record WorkloadNormsView(
        int weightsVersion,
        @Schema(description = "Percent per factor; they add up to 100") Map<WorkloadFactor, String> weights,
        String unitsPerFullTime,
        @Schema(description = "A load above this share of capacity, percent, is an overload") String overloadAbove) {
}
