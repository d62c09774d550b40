package dev.kam.incentive.domain.workload;

import dev.kam.incentive.domain.competency.ProfessionalismLevel;
import dev.kam.kernel.AccountId;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The workload norm: an account's workload is the sum over the nine factors of weight x burden / 3,
 * so an ordinary account (every burden 3) served by a PROFESSIONAL is exactly 1.000 unit. Each
 * contribution is rounded half up to three decimals once, and the workload is the sum of those.
 */
public record WorkloadModel(WorkloadWeights weights, FactorScales scales) {

    public static final int UNIT_SCALE = 3;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal ORDINARY = BigDecimal.valueOf(Burden.ORDINARY.value());
    private static final AccountId YARDSTICK = new AccountId(new UUID(0, 0));

    public WorkloadModel {
        if (weights == null || scales == null) {
            throw new IllegalArgumentException("Weights and factor scales are required");
        }
    }

    public static WorkloadModel defaults() {
        return new WorkloadModel(WorkloadWeights.defaults(), FactorScales.defaults());
    }

    public AssignmentWorkload assess(AssignmentProfile account, ProfessionalismLevel servedBy) {
        if (account == null || servedBy == null) {
            throw new IllegalArgumentException("The account's profile and the employee's professionalism are required");
        }
        List<FactorContribution> parts = new ArrayList<>();
        parts.add(part(WorkloadFactor.CLIENT_POTENTIAL, "rated " + account.clientPotential().value() + " of 5",
                account.clientPotential().asBurden()));
        parts.add(part(WorkloadFactor.PROFESSIONALISM, servedBy.name(), scales.professionalism(servedBy)));
        parts.add(part(WorkloadFactor.DISTANCE, account.distanceKm() + " km",
                scales.distanceKm().burdenOf(BigDecimal.valueOf(account.distanceKm()))));
        parts.add(part(WorkloadFactor.PURCHASING_CENTRALISATION, account.centralisation().name(),
                account.centralisation().burden()));
        parts.add(part(WorkloadFactor.CLIENT_RELATIONSHIPS, account.clientPeople() + " people",
                scales.clientPeople().burdenOf(BigDecimal.valueOf(account.clientPeople()))));
        parts.add(part(WorkloadFactor.INTERNAL_COORDINATION, "rated " + account.internalCoordination().value() + " of 5",
                account.internalCoordination().asBurden()));
        parts.add(part(WorkloadFactor.DELIVERY_FULFILMENT, account.deliveryFulfilment() + " on time in full",
                scales.deliveryFulfilment().burdenOf(account.deliveryFulfilment().value())));
        parts.add(part(WorkloadFactor.COMPETITION, "rated " + account.competition().value() + " of 5",
                account.competition().asBurden()));
        parts.add(part(WorkloadFactor.SUPPORT_STAFF, account.supportStaff().name(), account.supportStaff().burden()));
        return new AssignmentWorkload(account.account(), weights.version(), parts);
    }

    /** The workload of an ordinary account for someone of this level: the yardstick for how many they can hold. */
    public BigDecimal ordinaryAccountFor(ProfessionalismLevel level) {
        return assess(AssignmentProfile.ordinary(YARDSTICK), level).units();
    }

    private FactorContribution part(WorkloadFactor factor, String input, Burden burden) {
        BigDecimal units = weights.of(factor).value()
                .multiply(BigDecimal.valueOf(burden.value()))
                .divide(HUNDRED.multiply(ORDINARY), UNIT_SCALE, RoundingMode.HALF_UP);
        return new FactorContribution(factor, input, burden, weights.of(factor), units);
    }
}
