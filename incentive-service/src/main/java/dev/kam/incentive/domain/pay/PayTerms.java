package dev.kam.incentive.domain.pay;

import dev.kam.kernel.DomainRuleViolation;
import dev.kam.kernel.Money;
import dev.kam.kernel.Percentage;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a plan promises: the total possible reward, the base salary, and the KPIs the variable part
 * (total minus base) is split over. The total is the reward at target on every KPI; accelerators may
 * pay more, but the base share is measured against the on-target total, so the 70 % rule cannot be
 * met by promising accelerators nobody reaches.
 */
public record PayTerms(Money totalPossibleReward, Money base, List<Kpi> kpis) {

    public static final String KPI_WEIGHTS_RULE = "kpi-weights-sum";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public PayTerms {
        if (totalPossibleReward == null || base == null) {
            throw new IllegalArgumentException("Total possible reward and base salary are required");
        }
        if (!base.hasCurrency(totalPossibleReward.currency())) {
            throw new IllegalArgumentException("Base salary and total possible reward must be in one currency");
        }
        if (!totalPossibleReward.isPositive()) {
            throw new IllegalArgumentException("The total possible reward must be more than zero");
        }
        if (base.isNegative()) {
            throw new IllegalArgumentException("The base salary cannot be negative");
        }
        if (base.isGreaterThan(totalPossibleReward)) {
            throw new IllegalArgumentException("The base salary cannot exceed the total possible reward");
        }
        if (kpis == null || kpis.isEmpty() || kpis.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("A plan needs at least one KPI for its variable part");
        }
        Set<String> codes = new HashSet<>();
        for (Kpi kpi : kpis) {
            if (!codes.add(kpi.code())) {
                throw new IllegalArgumentException("KPI codes must be unique within a plan: " + kpi.code());
            }
        }
        BigDecimal weights = kpis.stream().map(k -> k.weight().value()).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (weights.compareTo(HUNDRED) != 0) {
            throw new DomainRuleViolation(KPI_WEIGHTS_RULE, "The KPI weights add up to " + new Percentage(weights)
                    + "; they must add up to exactly 100%");
        }
        kpis = List.copyOf(kpis);
    }

    public Money variable() {
        return totalPossibleReward.subtract(base);
    }

    public Optional<Kpi> kpi(String code) {
        return kpis.stream().filter(k -> k.code().equals(code)).findFirst();
    }
}
