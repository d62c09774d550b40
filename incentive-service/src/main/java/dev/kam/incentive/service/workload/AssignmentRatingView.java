package dev.kam.incentive.service.workload;

import dev.kam.incentive.domain.workload.PurchasingCentralisation;
import dev.kam.incentive.domain.workload.SupportStaff;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The rated workload factors of one employee on one account; null means not rated (ordinary assumed). */
@Schema(name = "AssignmentRating")
public record AssignmentRatingView(
        UUID accountId,
        String employeeId,
        @Schema(nullable = true, description = "1-5") Integer clientPotential,
        @Schema(nullable = true) Integer distanceKm,
        @Schema(nullable = true) PurchasingCentralisation centralisation,
        @Schema(nullable = true, description = "1-5") Integer internalCoordination,
        @Schema(nullable = true, description = "Percent of delivery obligations met on time and in full")
        String deliveryFulfilment,
        @Schema(nullable = true, description = "1-5") Integer competition,
        @Schema(nullable = true) SupportStaff supportStaff,
        @Schema(description = "Also sent as the ETag") long version,
        String updatedBy,
        Instant updatedAt) {
}
