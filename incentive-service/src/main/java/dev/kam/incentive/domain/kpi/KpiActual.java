package dev.kam.incentive.domain.kpi;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A KPI's measured value for the period and how it was measured, in words and numbers. Empty when
 * the KPI cannot be measured (growth without a comparable period); such a KPI pays nothing and the
 * derivation says why, so the employee can dispute it.
 */
public record KpiActual(KpiMeasure measure, Optional<BigDecimal> value, String derivation) {

    public KpiActual {
        if (measure == null || value == null) {
            throw new IllegalArgumentException("Measure and value (or explicitly none) are required");
        }
        if (derivation == null || derivation.isBlank()) {
            throw new IllegalArgumentException("An actual value needs its derivation");
        }
    }

    public static KpiActual measured(KpiMeasure measure, BigDecimal value, String derivation) {
        return new KpiActual(measure, Optional.of(value), derivation);
    }

    public static KpiActual notMeasurable(KpiMeasure measure, String why) {
        return new KpiActual(measure, Optional.empty(), why);
    }
}
