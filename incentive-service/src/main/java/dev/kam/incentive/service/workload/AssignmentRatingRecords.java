package dev.kam.incentive.service.workload;

import dev.kam.incentive.domain.workload.AssignmentRatings;
import dev.kam.incentive.domain.workload.FactorRating;
import dev.kam.incentive.repository.AssignmentRatingEntity;
import dev.kam.kernel.Percentage;
import java.util.Optional;

/** Rating rows to the domain's {@link AssignmentRatings}, back, and to their view. */
public final class AssignmentRatingRecords {

    private AssignmentRatingRecords() {
    }

    public static AssignmentRatings toDomain(AssignmentRatingEntity row) {
        return new AssignmentRatings(rating(row.clientPotential), Optional.ofNullable(row.distanceKm),
                Optional.ofNullable(row.centralisation), rating(row.internalCoordination),
                Optional.ofNullable(row.deliveryFulfilment).map(Percentage::new), rating(row.competition),
                Optional.ofNullable(row.supportStaff));
    }

    public static void write(AssignmentRatings ratings, AssignmentRatingEntity row) {
        row.clientPotential = ratings.clientPotential().map(FactorRating::value).orElse(null);
        row.distanceKm = ratings.distanceKm().orElse(null);
        row.centralisation = ratings.centralisation().orElse(null);
        row.internalCoordination = ratings.internalCoordination().map(FactorRating::value).orElse(null);
        row.deliveryFulfilment = ratings.deliveryFulfilment().map(Percentage::value).orElse(null);
        row.competition = ratings.competition().map(FactorRating::value).orElse(null);
        row.supportStaff = ratings.supportStaff().orElse(null);
    }

    public static AssignmentRatingView view(AssignmentRatingEntity row) {
        return new AssignmentRatingView(row.id.accountId(), row.id.employeeId(), row.clientPotential, row.distanceKm,
                row.centralisation, row.internalCoordination,
                row.deliveryFulfilment == null ? null : row.deliveryFulfilment.toPlainString(), row.competition,
                row.supportStaff, row.version, row.updatedBy, row.updatedAt);
    }

    private static Optional<FactorRating> rating(Integer value) {
        return Optional.ofNullable(value).map(FactorRating::of);
    }
}
