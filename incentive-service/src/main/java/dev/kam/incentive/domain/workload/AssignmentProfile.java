package dev.kam.incentive.domain.workload;

import dev.kam.kernel.AccountId;
import dev.kam.kernel.Percentage;
import java.math.BigDecimal;

/**
 * Everything about one key account that makes serving it more or less work, except who serves it
 * (the employee's professionalism comes with the employee).
 *
 * @param clientPeople        client people the employee keeps personal relations with
 * @param deliveryFulfilment  share of our delivery obligations met on time and in full, 0-100 %
 */
public record AssignmentProfile(
        AccountId account,
        FactorRating clientPotential,
        int distanceKm,
        PurchasingCentralisation centralisation,
        int clientPeople,
        FactorRating internalCoordination,
        Percentage deliveryFulfilment,
        FactorRating competition,
        SupportStaff supportStaff) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public AssignmentProfile {
        if (account == null || clientPotential == null || centralisation == null || internalCoordination == null
                || deliveryFulfilment == null || competition == null || supportStaff == null) {
            throw new IllegalArgumentException("Every workload factor of the account is required");
        }
        if (distanceKm < 0) {
            throw new IllegalArgumentException("Distance cannot be negative: " + distanceKm);
        }
        if (clientPeople < 0) {
            throw new IllegalArgumentException("The number of client people cannot be negative: " + clientPeople);
        }
        if (deliveryFulfilment.isNegative() || deliveryFulfilment.value().compareTo(HUNDRED) > 0) {
            throw new IllegalArgumentException("Delivery fulfilment must be between 0 and 100 %: " + deliveryFulfilment);
        }
    }

    /** An account where every factor is ordinary: the yardstick for recommended account numbers. */
    public static AssignmentProfile ordinary(AccountId account) {
        return new AssignmentProfile(account, FactorRating.of(3), 100, PurchasingCentralisation.MIXED, 6,
                FactorRating.of(3), Percentage.of("92"), FactorRating.of(3), SupportStaff.SHARED);
    }
}
