package dev.kam.incentive.domain.workload;

import dev.kam.incentive.domain.competency.ProfessionalismLevel;

/**
 * How the measured factors become burdens. Professionalism works the other way round from most
 * factors: the more professional the employee, the less work the same account is for them.
 */
public record FactorScales(BurdenBands distanceKm, BurdenBands clientPeople, BurdenBands deliveryFulfilment) {

    public FactorScales {
        if (distanceKm == null || clientPeople == null || deliveryFulfilment == null) {
            throw new IllegalArgumentException("Every factor scale is required");
        }
    }

    /**
     * Starting values: a client in town (up to 10 km) is light, one more than 400 km away heavy; up to
     * two client people is light, more than twelve heavy; delivering 98 % or more on time and in full
     * is light, below 80 % means firefighting.
     */
    public static FactorScales defaults() {
        return new FactorScales(
                BurdenBands.rising("10", "50", "150", "400"),
                BurdenBands.rising("2", "4", "7", "12"),
                BurdenBands.falling("80", "90", "95", "98"));
    }

    public Burden professionalism(ProfessionalismLevel level) {
        if (level == null) {
            throw new IllegalArgumentException("A professionalism level is required");
        }
        return switch (level) {
            case JUNIOR -> Burden.of(5);
            case PROFESSIONAL -> Burden.ORDINARY;
            case SENIOR -> Burden.of(2);
            case EXPERT -> Burden.of(1);
        };
    }
}
