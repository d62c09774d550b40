package dev.kam.incentive.service.plan;

import dev.kam.incentive.domain.pay.BaseShareCap;
import dev.kam.incentive.domain.pay.Kpi;
import dev.kam.incentive.domain.pay.PayPlan;
import dev.kam.incentive.domain.pay.PayPlanVersions;
import dev.kam.incentive.domain.pay.PayTerms;
import dev.kam.incentive.domain.pay.PayoutCurve;
import dev.kam.incentive.domain.pay.PlanStatus;
import dev.kam.incentive.repository.KpiEmbeddable;
import dev.kam.incentive.repository.PayPlanEntity;
import dev.kam.incentive.repository.PayPlanRepository;
import dev.kam.incentive.repository.PayPlanVersionEntity;
import dev.kam.incentive.service.money.MoneyBodies;
import dev.kam.kernel.Money;
import dev.kam.kernel.Percentage;
import dev.kam.kernel.UserId;
import dev.kam.kernel.period.Period;
import dev.kam.plumbing.http.EntityVersions;
import dev.kam.plumbing.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Plans between their rows and the domain's {@link PayPlanVersions}: loading, writing a changed set
 * of versions back (rows of versions already stored are updated, new ones added), and the view.
 */
@ApplicationScoped
public class PayPlanRecords {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final PayPlanRepository plans;
    private final BaseShareCap cap;

    PayPlanRecords(PayPlanRepository plans, BaseShareCap cap) {
        this.plans = plans;
        this.cap = cap;
    }

    /** The plan for a change: it must exist and the caller must have read its current version. */
    public PayPlanEntity requireForChange(UUID id, String ifMatch) {
        PayPlanEntity plan = plans.findById(id);
        if (plan == null) {
            throw ProblemException.notFound("Pay plan " + id);
        }
        EntityVersions.requireMatch(ifMatch, plan.version);
        return plan;
    }

    /** Refuses terms whose base breaks the cap before the domain does, to answer with the numbers. */
    public void requireWithinCap(PayTerms terms) {
        cap.excess(terms.base(), terms.totalPossibleReward()).ifPresent(e -> {
            throw new BaseShareCapExceeded(e);
        });
    }

    public PayPlanVersions toDomain(PayPlanEntity plan) {
        UserId employee = UserId.of(plan.employeeId);
        Period period = Period.parse(plan.period);
        List<PayPlan> versions = new ArrayList<>();
        for (PayPlanVersionEntity row : plan.versions) {
            versions.add(new PayPlan(employee, period, row.number, terms(row), row.status));
        }
        return new PayPlanVersions(versions);
    }

    /** Brings the rows in line with the domain's versions: version numbers never change or vanish. */
    public void write(PayPlanVersions versions, PayPlanEntity plan) {
        for (PayPlan version : versions.versions()) {
            PayPlanVersionEntity row = plan.versions.stream().filter(v -> v.number == version.version()).findFirst()
                    .orElseGet(() -> {
                        PayPlanVersionEntity added = new PayPlanVersionEntity();
                        added.id = UUID.randomUUID();
                        added.number = version.version();
                        plan.versions.add(added);
                        return added;
                    });
            row.status = version.status();
            PayTerms terms = version.terms();
            row.totalReward = terms.totalPossibleReward().amount();
            row.baseSalary = terms.base().amount();
            row.currency = terms.totalPossibleReward().currency().getCurrencyCode();
            row.kpis.clear();
            for (Kpi kpi : terms.kpis()) {
                row.kpis.add(row(kpi));
            }
        }
    }

    public PlanView view(PayPlanEntity plan) {
        List<PlanVersionView> versions = plan.versions.stream().map(PayPlanRecords::versionView).toList();
        Integer inForce = plan.versions.stream().filter(v -> v.status == PlanStatus.IN_FORCE).map(v -> v.number)
                .findFirst().orElse(null);
        Integer draft = plan.versions.stream().filter(v -> v.status == PlanStatus.DRAFT).map(v -> v.number)
                .findFirst().orElse(null);
        return new PlanView(plan.id, plan.employeeId, plan.period, inForce, draft, versions, plan.version,
                plan.createdBy, plan.createdAt, plan.updatedAt);
    }

    private static PlanVersionView versionView(PayPlanVersionEntity row) {
        PayTerms terms = terms(row);
        String share = terms.base().amount().multiply(HUNDRED)
                .divide(terms.totalPossibleReward().amount(), 2, RoundingMode.HALF_UP).toPlainString();
        List<KpiView> kpis = terms.kpis().stream().map(k -> new KpiView(k.code(), k.name(), k.measure(),
                k.measure().unit(), k.weight().value().toPlainString(), k.curve().threshold().toPlainString(),
                k.curve().target().toPlainString(), k.curve().cap().toPlainString(),
                k.curve().payoutAtThreshold().value().toPlainString(), k.curve().payoutAtCap().value().toPlainString()))
                .toList();
        return new PlanVersionView(row.number, row.status, MoneyBodies.of(terms.totalPossibleReward()),
                MoneyBodies.of(terms.base()), MoneyBodies.of(terms.variable()), share, kpis);
    }

    private static PayTerms terms(PayPlanVersionEntity row) {
        List<Kpi> kpis = row.kpis.stream().map(k -> new Kpi(k.code, k.name, k.measure, new Percentage(k.weight),
                new PayoutCurve(k.threshold.stripTrailingZeros(), k.target.stripTrailingZeros(), k.cap.stripTrailingZeros(),
                        new Percentage(k.payoutAtThreshold), new Percentage(k.payoutAtCap))))
                .toList();
        return new PayTerms(Money.of(row.totalReward, Money.currency(row.currency)),
                Money.of(row.baseSalary, Money.currency(row.currency)), kpis);
    }

    private static KpiEmbeddable row(Kpi kpi) {
        KpiEmbeddable row = new KpiEmbeddable();
        row.code = kpi.code();
        row.name = kpi.name();
        row.measure = kpi.measure();
        row.weight = kpi.weight().value();
        row.threshold = kpi.curve().threshold();
        row.target = kpi.curve().target();
        row.cap = kpi.curve().cap();
        row.payoutAtThreshold = kpi.curve().payoutAtThreshold().value();
        row.payoutAtCap = kpi.curve().payoutAtCap().value();
        return row;
    }
}
