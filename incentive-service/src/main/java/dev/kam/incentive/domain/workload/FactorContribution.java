package dev.kam.incentive.domain.workload;

import dev.kam.kernel.Percentage;
import java.math.BigDecimal;

/**
 * What one factor adds to an account's workload: the input as a person reads it, the burden it
 * became, the factor's weight, and the units it contributes (weight x burden / 3).
 */
public record FactorContribution(WorkloadFactor factor, String input, Burden burden, Percentage weight, BigDecimal units) {

    public FactorContribution {
        if (factor == null || input == null || burden == null || weight == null || units == null) {
            throw new IllegalArgumentException("Every part of a factor contribution is required");
        }
    }

    public String explanation() {
        return factor.label() + ": " + input + " -> burden " + burden.value() + " x weight " + weight
                + " = " + units.toPlainString() + " units";
    }
}
