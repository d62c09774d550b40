package dev.kam.incentive.service.statement;

import dev.kam.incentive.domain.kpi.KpiActual;
import dev.kam.incentive.domain.pay.Kpi;
import dev.kam.incentive.domain.pay.PayPlan;
import dev.kam.incentive.domain.pay.PayRounding;
import dev.kam.incentive.domain.pay.PayoutFactor;
import dev.kam.incentive.domain.statement.Act;
import dev.kam.incentive.domain.statement.Adjustment;
import dev.kam.incentive.domain.statement.Dispute;
import dev.kam.incentive.domain.statement.KpiLine;
import dev.kam.incentive.domain.statement.Statement;
import dev.kam.incentive.domain.statement.StatementFigures;
import dev.kam.incentive.repository.PayPlanRepository;
import dev.kam.incentive.repository.StatementAdjustmentEmbeddable;
import dev.kam.incentive.repository.StatementDisputeEmbeddable;
import dev.kam.incentive.repository.StatementEntity;
import dev.kam.incentive.repository.StatementLineEmbeddable;
import dev.kam.incentive.repository.StatementRepository;
import dev.kam.incentive.service.money.MoneyBodies;
import dev.kam.incentive.service.plan.PayPlanRecords;
import dev.kam.kernel.Money;
import dev.kam.kernel.UserId;
import dev.kam.kernel.period.Period;
import dev.kam.plumbing.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Statements between their rows and the domain's {@link Statement}: the KPIs of a line are the plan
 * version's (the plan keeps every version), everything computed is stored as computed, so a row read
 * back is the statement that was written - which is what lets an unchanged recomputation be recognised.
 */
@ApplicationScoped
public class StatementRecords {

    private final StatementRepository statements;
    private final PayPlanRepository plans;
    private final PayPlanRecords planRecords;

    StatementRecords(StatementRepository statements, PayPlanRepository plans, PayPlanRecords planRecords) {
        this.statements = statements;
        this.plans = plans;
        this.planRecords = planRecords;
    }

    public StatementEntity require(UUID id) {
        StatementEntity statement = statements.findById(id);
        if (statement == null) {
            throw ProblemException.notFound("Statement " + id);
        }
        return statement;
    }

    public Statement toDomain(StatementEntity row) {
        PayPlan plan = planRecords.toDomain(plans.findById(row.planId)).versions().get(row.planVersion - 1);
        Currency currency = Money.currency(row.currency);
        List<KpiLine> lines = row.lines.stream().map(line -> line(line, plan, currency)).toList();
        StatementFigures figures = new StatementFigures(row.planVersion, Money.of(row.baseSalary, currency), lines);
        return new Statement(UserId.of(row.employeeId), Period.parse(row.period), figures, row.status,
                act(row.approvedBy, row.approvedAt), act(row.paidBy, row.paidAt),
                row.adjustments.stream().map(a -> new Adjustment(a.number, Money.of(a.amount, currency), a.reason,
                        new Act(UserId.of(a.madeBy), a.madeAt))).toList(),
                row.disputes.stream().map(StatementRecords::dispute).toList());
    }

    /**
     * The figures as the database gives them back. An unconstrained numeric keeps a positive scale
     * (1.50 stays 1.50) but not a negative one (the factor 1.0E+6 comes back as 1000000), and figures
     * are compared by value and scale: computed figures are put in this form before they are stored
     * or compared with stored ones, so equal figures are recognised as equal.
     */
    public StatementFigures asStored(StatementFigures figures) {
        return new StatementFigures(figures.planVersion(), figures.base(), figures.lines().stream()
                .map(line -> new KpiLine(line.kpi(), new KpiActual(line.actual().measure(),
                        line.actual().value().map(StatementRecords::asStored), line.actual().derivation()),
                        new PayoutFactor(asStored(line.factor().numerator()), asStored(line.factor().denominator())),
                        line.payout(), line.trace()))
                .toList());
    }

    private static BigDecimal asStored(BigDecimal number) {
        return number.scale() < 0 ? number.setScale(0) : number;
    }

    /** Brings the row in line with the statement; the caller sets the times. */
    public void write(Statement statement, StatementEntity row) {
        StatementFigures figures = statement.figures();
        row.status = statement.status();
        row.planVersion = figures.planVersion();
        row.currency = figures.base().currency().getCurrencyCode();
        row.baseSalary = figures.base().amount();
        row.variablePay = figures.variable().amount();
        row.total = statement.total().amount();
        row.approvedBy = statement.approved().map(a -> a.by().value()).orElse(null);
        row.approvedAt = statement.approved().map(Act::at).orElse(null);
        row.paidBy = statement.paid().map(a -> a.by().value()).orElse(null);
        row.paidAt = statement.paid().map(Act::at).orElse(null);
        row.lines.clear();
        figures.lines().forEach(line -> row.lines.add(lineRow(line)));
        row.adjustments.clear();
        statement.adjustments().forEach(adjustment -> row.adjustments.add(adjustmentRow(adjustment)));
        row.disputes.clear();
        statement.disputes().forEach(dispute -> row.disputes.add(disputeRow(dispute)));
    }

    public StatementView view(StatementEntity row) {
        return view(row, toDomain(row));
    }

    public StatementView view(StatementEntity row, Statement statement) {
        StatementFigures figures = statement.figures();
        return new StatementView(row.id, row.employeeId, row.period, statement.status(), row.planId,
                figures.planVersion(), MoneyBodies.of(figures.base()),
                figures.lines().stream().map(StatementRecords::lineView).toList(),
                MoneyBodies.of(figures.variable()), MoneyBodies.of(figures.total()),
                statement.adjustments().stream().map(a -> new AdjustmentView(a.number(), MoneyBodies.of(a.amount()),
                        a.reason(), a.made().by().value(), a.made().at())).toList(),
                MoneyBodies.of(statement.total()),
                statement.disputes().stream().map(StatementRecords::disputeView).toList(),
                row.approvedBy, row.approvedAt, row.paidBy, row.paidAt, row.computedAt, row.version, row.createdAt,
                row.updatedAt);
    }

    public StatementSummaryView summary(StatementEntity row) {
        Currency currency = Money.currency(row.currency);
        return new StatementSummaryView(row.id, row.employeeId, row.period, row.status, row.planVersion,
                MoneyBodies.of(Money.of(row.baseSalary, currency)), MoneyBodies.of(Money.of(row.variablePay, currency)),
                MoneyBodies.of(Money.of(row.total, currency)), row.version, row.updatedAt);
    }

    private static KpiLine line(StatementLineEmbeddable row, PayPlan plan, Currency currency) {
        Kpi kpi = plan.terms().kpi(row.kpiCode).orElseThrow(() -> new IllegalStateException(
                "Plan version " + plan.version() + " has no KPI " + row.kpiCode));
        return new KpiLine(kpi, new KpiActual(kpi.measure(), Optional.ofNullable(row.actual), row.derivation),
                new PayoutFactor(row.factorNumerator, row.factorDenominator), Money.of(row.payout, currency), row.trace);
    }

    private static StatementLineEmbeddable lineRow(KpiLine line) {
        StatementLineEmbeddable row = new StatementLineEmbeddable();
        row.kpiCode = line.code();
        row.actual = line.actual().value().orElse(null);
        row.derivation = line.actual().derivation();
        row.factorNumerator = line.factor().numerator();
        row.factorDenominator = line.factor().denominator();
        row.payout = line.payout().amount();
        row.trace = line.trace();
        return row;
    }

    private static StatementLineView lineView(KpiLine line) {
        Kpi kpi = line.kpi();
        String segment = line.actual().value().map(actual -> kpi.curve().explain(actual))
                .orElse("not measurable: nothing is paid");
        return new StatementLineView(kpi.code(), kpi.name(), kpi.measure(), kpi.measure().unit(),
                kpi.weight().value().toPlainString(), line.actual().value().map(v -> v.toPlainString()).orElse(null),
                line.actual().derivation(), segment, line.factor().shown(), MoneyBodies.of(line.payout()),
                PayRounding.STATED, line.trace());
    }

    private static Dispute dispute(StatementDisputeEmbeddable row) {
        Optional<Dispute.Resolution> resolution = row.outcome == null ? Optional.empty()
                : Optional.of(new Dispute.Resolution(row.outcome, row.explanation,
                        new Act(UserId.of(row.resolvedBy), row.resolvedAt)));
        return new Dispute(row.number, row.line, row.reason, new Act(UserId.of(row.raisedBy), row.raisedAt),
                resolution);
    }

    private static StatementAdjustmentEmbeddable adjustmentRow(Adjustment adjustment) {
        StatementAdjustmentEmbeddable row = new StatementAdjustmentEmbeddable();
        row.number = adjustment.number();
        row.amount = adjustment.amount().amount();
        row.reason = adjustment.reason();
        row.madeBy = adjustment.made().by().value();
        row.madeAt = adjustment.made().at();
        return row;
    }

    private static StatementDisputeEmbeddable disputeRow(Dispute dispute) {
        StatementDisputeEmbeddable row = new StatementDisputeEmbeddable();
        row.number = dispute.number();
        row.line = dispute.line();
        row.reason = dispute.reason();
        row.raisedBy = dispute.raised().by().value();
        row.raisedAt = dispute.raised().at();
        dispute.resolution().ifPresent(resolution -> {
            row.outcome = resolution.outcome();
            row.explanation = resolution.explanation();
            row.resolvedBy = resolution.resolved().by().value();
            row.resolvedAt = resolution.resolved().at();
        });
        return row;
    }

    private static DisputeView disputeView(Dispute dispute) {
        Optional<Dispute.Resolution> resolution = dispute.resolution();
        return new DisputeView(dispute.number(), dispute.line(), dispute.reason(), dispute.raised().by().value(),
                dispute.raised().at(), dispute.isOpen(), resolution.map(Dispute.Resolution::outcome).orElse(null),
                resolution.map(Dispute.Resolution::explanation).orElse(null),
                resolution.map(r -> r.resolved().by().value()).orElse(null),
                resolution.map(r -> r.resolved().at()).orElse(null));
    }

    private static Optional<Act> act(String by, Instant at) {
        return by == null ? Optional.empty() : Optional.of(new Act(UserId.of(by), at));
    }
}
