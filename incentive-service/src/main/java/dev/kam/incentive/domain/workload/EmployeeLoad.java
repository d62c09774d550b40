package dev.kam.incentive.domain.workload;

import dev.kam.kernel.Percentage;
import dev.kam.kernel.UserId;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

/** An employee's accounts against their capacity, in workload units. */
public record EmployeeLoad(UserId employee, List<AssignmentWorkload> assignments, BigDecimal capacity) {

    public EmployeeLoad {
        if (employee == null || assignments == null || capacity == null) {
            throw new IllegalArgumentException("Employee, assignments (may be empty) and capacity are required");
        }
        if (capacity.signum() <= 0) {
            throw new IllegalArgumentException("Capacity must be positive");
        }
        if (assignments.stream().map(AssignmentWorkload::account).distinct().count() != assignments.size()) {
            throw new IllegalArgumentException("An account counts once in an employee's load");
        }
        assignments = List.copyOf(assignments);
    }

    public BigDecimal load() {
        return assignments.stream().map(AssignmentWorkload::units).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Load as a share of capacity, one decimal half up; for display, decisions compare exact units. */
    public Percentage utilisation() {
        return Percentage.ratio(load(), capacity);
    }

    /** Units still free; negative when overloaded. */
    public BigDecimal headroom() {
        return capacity.subtract(load());
    }

    public List<AssignmentWorkload> heaviestFirst() {
        return assignments.stream()
                .sorted(Comparator.comparing(AssignmentWorkload::units).reversed())
                .toList();
    }
}
