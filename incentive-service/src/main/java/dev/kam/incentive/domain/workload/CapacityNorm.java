package dev.kam.incentive.domain.workload;

import dev.kam.kernel.Percentage;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How many workload units one full-time employee can carry, and from which share of their capacity
 * a load counts as overload. A load of exactly the threshold is still acceptable.
 */
public record CapacityNorm(BigDecimal unitsPerFullTime, Percentage overloadAbove) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public CapacityNorm {
        if (unitsPerFullTime == null || unitsPerFullTime.signum() <= 0) {
            throw new IllegalArgumentException("Capacity per full-time employee must be positive");
        }
        if (overloadAbove == null || overloadAbove.value().signum() <= 0) {
            throw new IllegalArgumentException("The overload threshold must be a positive percentage");
        }
    }

    /** Eight ordinary accounts for a full-time PROFESSIONAL; overload is anything beyond that. */
    public static CapacityNorm defaults() {
        return new CapacityNorm(new BigDecimal("8.000"), Percentage.of("100"));
    }

    /** Capacity for someone working {@code workingTime} of full time (100 % for full time). */
    public BigDecimal capacityAt(Percentage workingTime) {
        if (workingTime == null || workingTime.value().signum() <= 0 || workingTime.value().compareTo(HUNDRED) > 0) {
            throw new IllegalArgumentException("Working time must be more than 0 and at most 100 %: " + workingTime);
        }
        return unitsPerFullTime.multiply(workingTime.value())
                .divide(HUNDRED, WorkloadModel.UNIT_SCALE, RoundingMode.HALF_UP);
    }
}
