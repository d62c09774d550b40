package dev.kam.incentive.rest.workload;

import dev.kam.incentive.domain.workload.AssignmentRatings;
import dev.kam.incentive.domain.workload.FactorRating;
import dev.kam.incentive.domain.workload.PurchasingCentralisation;
import dev.kam.incentive.domain.workload.SupportStaff;
import dev.kam.incentive.rest.WorkloadExamples;
import dev.kam.kernel.Percentage;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The judged workload factors of one assignment, replaced as a whole; a factor left out or null is
 * not rated and counts as ordinary. Client people and professionalism are never rated here.
 */
@Schema(description = "The judged workload factors of an assignment", example = WorkloadExamples.RATING_REQUEST)
public record AssignmentRatingRequest(
        @Schema(description = "1 (small) to 5 (very large)") @Min(1) @Max(5) Integer clientPotential,
        @Schema(description = "Kilometres to the client's offices") @Min(0) @Max(40000) Integer distanceKm,
        PurchasingCentralisation centralisation,
        @Schema(description = "1 (hardly any) to 5 (a lot)") @Min(1) @Max(5) Integer internalCoordination,
        @Schema(description = "Percent of our delivery obligations met on time and in full, 0-100, one decimal")
        @Pattern(regexp = "\\d{1,3}(\\.\\d)?", message = "must be a percentage with at most one decimal, e.g. 91.5")
        String deliveryFulfilment,
        @Schema(description = "1 (none) to 5 (fierce)") @Min(1) @Max(5) Integer competition,
        SupportStaff supportStaff) {

    /** @throws IllegalArgumentException when the fulfilment is above 100 % */
    public AssignmentRatings toRatings() {
        return new AssignmentRatings(rating(clientPotential), Optional.ofNullable(distanceKm),
                Optional.ofNullable(centralisation), rating(internalCoordination),
                Optional.ofNullable(deliveryFulfilment).map(Percentage::of), rating(competition),
                Optional.ofNullable(supportStaff));
    }

    private static Optional<FactorRating> rating(Integer value) {
        return Optional.ofNullable(value).map(FactorRating::of);
    }
}
