package dev.kam.incentive.domain.statement;

import dev.kam.incentive.domain.kpi.ContributionScope;
import dev.kam.incentive.domain.kpi.KpiActual;
import dev.kam.incentive.domain.kpi.KpiMeasurement;
import dev.kam.incentive.domain.pay.Kpi;
import dev.kam.incentive.domain.pay.PayPlan;
import dev.kam.incentive.domain.pay.PayRounding;
import dev.kam.incentive.domain.pay.PayoutFactor;
import dev.kam.incentive.domain.purchase.PurchaseLedger;
import dev.kam.kernel.AccountId;
import dev.kam.kernel.Money;
import dev.kam.kernel.period.ComparisonRule;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * Computes a statement's figures from a plan and the purchase facts of the employee's accounts. A
 * pure function: the same plan and the same facts give equal figures, however often it runs. Each
 * KPI pays variable x weight x payout factor, computed exactly and rounded once (see {@link PayRounding}).
 */
public final class ComputingStatement {

    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

    private ComputingStatement() {
    }

    public static StatementFigures compute(PayPlan plan, Set<AccountId> accounts, PurchaseLedger ledger, ComparisonRule rule) {
        if (plan == null || accounts == null || ledger == null || rule == null) {
            throw new IllegalArgumentException("Plan, accounts (may be empty), facts and comparison rule are required");
        }
        Money variable = plan.terms().variable();
        ContributionScope scope = new ContributionScope(accounts, plan.period(), rule, variable.currency());
        List<KpiLine> lines = plan.terms().kpis().stream()
                .map(kpi -> line(kpi, KpiMeasurement.of(kpi.measure()).measure(scope, ledger), variable))
                .toList();
        return new StatementFigures(plan.version(), plan.terms().base(), lines);
    }

    private static KpiLine line(Kpi kpi, KpiActual actual, Money variable) {
        if (actual.value().isEmpty()) {
            return new KpiLine(kpi, actual, PayoutFactor.NONE, Money.zero(variable.currency()),
                    kpi.name() + ": not measurable (" + actual.derivation() + "), pays nothing");
        }
        BigDecimal value = actual.value().get();
        PayoutFactor factor = kpi.curve().factorAt(value);
        Money payout = PayRounding.toCents(
                variable.amount().multiply(kpi.weight().value()).multiply(factor.numerator()),
                factor.denominator().multiply(TEN_THOUSAND), variable.currency());
        String trace = kpi.name() + ": actual " + value.toPlainString() + " " + kpi.measure().unit()
                + " (" + actual.derivation() + "); " + kpi.curve().explain(value) + "; payout " + variable
                + " x " + kpi.weight() + " x " + factor.shown() + " = " + payout + ", " + PayRounding.STATED;
        return new KpiLine(kpi, actual, factor, payout, trace);
    }
}
