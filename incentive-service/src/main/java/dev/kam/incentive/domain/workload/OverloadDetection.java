package dev.kam.incentive.domain.workload;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * An employee is overloaded when their load is above the norm's share of their capacity; exactly at
 * it is not. The comparison uses exact units, never the rounded percentage shown to people.
 */
public final class OverloadDetection {

    /** How many of the heaviest accounts an alert names. */
    public static final int NAMED_ACCOUNTS = 3;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final CapacityNorm norm;

    public OverloadDetection(CapacityNorm norm) {
        if (norm == null) {
            throw new IllegalArgumentException("A capacity norm is required");
        }
        this.norm = norm;
    }

    public Optional<OverloadAlert> check(EmployeeLoad load) {
        if (load == null) {
            throw new IllegalArgumentException("A load is required");
        }
        BigDecimal allowed = load.capacity().multiply(norm.overloadAbove().value())
                .divide(HUNDRED, WorkloadModel.UNIT_SCALE, RoundingMode.HALF_UP);
        if (load.load().compareTo(allowed) <= 0) {
            return Optional.empty();
        }
        return Optional.of(new OverloadAlert(load.employee(), load.load(), allowed, load.utilisation(),
                load.heaviestFirst().stream().limit(NAMED_ACCOUNTS).map(AssignmentWorkload::account).toList()));
    }
}
