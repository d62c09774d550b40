package dev.kam.incentive.domain.statement;

import dev.kam.kernel.Money;
import java.util.List;

/**
 * What a statement computes from the plan and the facts: the base, one line per KPI, and the totals.
 * The variable part is the sum of the rounded lines, so the lines always add up to what is paid.
 */
public record StatementFigures(int planVersion, Money base, List<KpiLine> lines) {

    public StatementFigures {
        if (planVersion < 1 || base == null || lines == null || lines.isEmpty()) {
            throw new IllegalArgumentException("Plan version, base and at least one KPI line are required");
        }
        if (lines.stream().anyMatch(line -> !line.payout().hasCurrency(base.currency()))) {
            throw new IllegalArgumentException("All lines are in the base salary's currency");
        }
        lines = List.copyOf(lines);
    }

    public Money variable() {
        return lines.stream().map(KpiLine::payout).reduce(Money.zero(base.currency()), Money::add);
    }

    public Money total() {
        return base.add(variable());
    }

    public boolean hasLine(String code) {
        return lines.stream().anyMatch(line -> line.code().equals(code));
    }
}
