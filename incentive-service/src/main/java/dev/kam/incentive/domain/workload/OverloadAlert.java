package dev.kam.incentive.domain.workload;

import dev.kam.kernel.AccountId;
import dev.kam.kernel.Percentage;
import dev.kam.kernel.UserId;
import java.math.BigDecimal;
import java.util.List;

/**
 * An employee carries more than the norm allows: by how much, and which accounts weigh most, so the
 * manager can see what to hand over.
 */
public record OverloadAlert(
        UserId employee, BigDecimal load, BigDecimal allowed, Percentage utilisation, List<AccountId> heaviestAccounts) {

    public OverloadAlert {
        if (employee == null || load == null || allowed == null || utilisation == null || heaviestAccounts == null) {
            throw new IllegalArgumentException("Every part of an overload alert is required");
        }
        heaviestAccounts = List.copyOf(heaviestAccounts);
    }

    public BigDecimal excess() {
        return load.subtract(allowed);
    }

    public String explanation() {
        return "Load " + load.toPlainString() + " units is " + utilisation + " of capacity, "
                + excess().toPlainString() + " units above the " + allowed.toPlainString() + " allowed";
    }
}
