package dev.kam.incentive.domain.workload;

import dev.kam.kernel.AccountId;
import dev.kam.kernel.Percentage;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * The factors of one assignment that people judge rather than systems measure, each possibly not
 * rated yet. An unrated factor counts as ordinary, so a new assignment weighs one ordinary account
 * until someone says otherwise; the client people come from the stakeholder events, not from here.
 */
public record AssignmentRatings(
        Optional<FactorRating> clientPotential,
        Optional<Integer> distanceKm,
        Optional<PurchasingCentralisation> centralisation,
        Optional<FactorRating> internalCoordination,
        Optional<Percentage> deliveryFulfilment,
        Optional<FactorRating> competition,
        Optional<SupportStaff> supportStaff) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public AssignmentRatings {
        if (clientPotential == null || distanceKm == null || centralisation == null || internalCoordination == null
                || deliveryFulfilment == null || competition == null || supportStaff == null) {
            throw new IllegalArgumentException("Every rating is required (each may be empty: not rated)");
        }
        if (distanceKm.filter(km -> km < 0).isPresent()) {
            throw new IllegalArgumentException("Distance cannot be negative: " + distanceKm.get());
        }
        if (deliveryFulfilment.filter(p -> p.isNegative() || p.value().compareTo(HUNDRED) > 0).isPresent()) {
            throw new IllegalArgumentException("Delivery fulfilment must be between 0 and 100 %: " + deliveryFulfilment.get());
        }
    }

    public static AssignmentRatings none() {
        return new AssignmentRatings(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** The account's profile: rated factors as rated, the others ordinary, the client people as counted. */
    public AssignmentProfile profile(AccountId account, int clientPeople) {
        AssignmentProfile ordinary = AssignmentProfile.ordinary(account);
        return new AssignmentProfile(account,
                clientPotential.orElse(ordinary.clientPotential()),
                distanceKm.orElse(ordinary.distanceKm()),
                centralisation.orElse(ordinary.centralisation()),
                clientPeople,
                internalCoordination.orElse(ordinary.internalCoordination()),
                deliveryFulfilment.orElse(ordinary.deliveryFulfilment()),
                competition.orElse(ordinary.competition()),
                supportStaff.orElse(ordinary.supportStaff()));
    }

    /** Whether the factor was rated here (professionalism and client people never are). */
    public boolean rates(WorkloadFactor factor) {
        return switch (factor) {
            case CLIENT_POTENTIAL -> clientPotential.isPresent();
            case DISTANCE -> distanceKm.isPresent();
            case PURCHASING_CENTRALISATION -> centralisation.isPresent();
            case INTERNAL_COORDINATION -> internalCoordination.isPresent();
            case DELIVERY_FULFILMENT -> deliveryFulfilment.isPresent();
            case COMPETITION -> competition.isPresent();
            case SUPPORT_STAFF -> supportStaff.isPresent();
            case PROFESSIONALISM, CLIENT_RELATIONSHIPS -> false;
        };
    }
}
