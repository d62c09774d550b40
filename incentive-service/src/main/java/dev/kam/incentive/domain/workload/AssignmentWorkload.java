package dev.kam.incentive.domain.workload;

import dev.kam.kernel.AccountId;
import java.math.BigDecimal;
import java.util.List;

/** How much work one account is for one employee, in workload units, with every factor's part. */
public record AssignmentWorkload(AccountId account, int weightsVersion, List<FactorContribution> contributions) {

    public AssignmentWorkload {
        if (account == null || contributions == null || contributions.isEmpty()) {
            throw new IllegalArgumentException("An account and its factor contributions are required");
        }
        contributions = List.copyOf(contributions);
    }

    /** The sum of the shown contributions, so the parts a person reads add up to the whole. */
    public BigDecimal units() {
        return contributions.stream().map(FactorContribution::units).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public FactorContribution contributionOf(WorkloadFactor factor) {
        return contributions.stream().filter(c -> c.factor() == factor).findFirst().orElseThrow();
    }
}
