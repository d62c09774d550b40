package dev.kam.incentive.domain.workload;

import dev.kam.kernel.Percentage;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * How much each of the nine factors counts, as percentages that add up to exactly 100. Weights are
 * configuration that changes over time, so every set carries a version and every computed workload
 * names the version it used: last year's figures stay explainable after the weights change.
 */
public record WorkloadWeights(int version, Map<WorkloadFactor, Percentage> weights) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public WorkloadWeights {
        if (version < 1) {
            throw new IllegalArgumentException("Weights versions start at 1: " + version);
        }
        if (weights == null || weights.values().stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("Weights are required");
        }
        Set<WorkloadFactor> missing = EnumSet.allOf(WorkloadFactor.class);
        missing.removeAll(weights.keySet());
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("Every factor needs a weight (0 switches one off); missing: " + missing);
        }
        if (weights.values().stream().anyMatch(Percentage::isNegative)) {
            throw new IllegalArgumentException("A factor weight cannot be negative");
        }
        BigDecimal sum = weights.values().stream().map(Percentage::value).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.compareTo(HUNDRED) != 0) {
            throw new IllegalArgumentException("Factor weights must add up to 100 %, not " + sum.toPlainString() + " %");
        }
        weights = Collections.unmodifiableMap(new EnumMap<>(weights));
    }

    /** Version 1: relationships, potential and who serves the account count most. */
    public static WorkloadWeights defaults() {
        Map<WorkloadFactor, Percentage> weights = new EnumMap<>(WorkloadFactor.class);
        weights.put(WorkloadFactor.CLIENT_POTENTIAL, Percentage.of("15"));
        weights.put(WorkloadFactor.PROFESSIONALISM, Percentage.of("20"));
        weights.put(WorkloadFactor.DISTANCE, Percentage.of("10"));
        weights.put(WorkloadFactor.PURCHASING_CENTRALISATION, Percentage.of("10"));
        weights.put(WorkloadFactor.CLIENT_RELATIONSHIPS, Percentage.of("15"));
        weights.put(WorkloadFactor.INTERNAL_COORDINATION, Percentage.of("10"));
        weights.put(WorkloadFactor.DELIVERY_FULFILMENT, Percentage.of("10"));
        weights.put(WorkloadFactor.COMPETITION, Percentage.of("5"));
        weights.put(WorkloadFactor.SUPPORT_STAFF, Percentage.of("5"));
        return new WorkloadWeights(1, weights);
    }

    public Percentage of(WorkloadFactor factor) {
        return weights.get(factor);
    }
}
