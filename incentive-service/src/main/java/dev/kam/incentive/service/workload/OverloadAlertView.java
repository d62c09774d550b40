package dev.kam.incentive.service.workload;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An employee carrying more than the norm allows, and the accounts that weigh most. */
@Schema(name = "OverloadAlert")
public record OverloadAlertView(
        String employeeId,
        String load,
        @Schema(description = "Capacity x the overload threshold") String allowed,
        String utilisation,
        String excess,
        @Schema(description = "Up to three accounts, heaviest first") List<UUID> heaviestAccounts,
        int weightsVersion,
        String explanation) {
}
