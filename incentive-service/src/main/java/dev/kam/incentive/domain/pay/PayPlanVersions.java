package dev.kam.incentive.domain.pay;

import dev.kam.kernel.DomainRuleViolation;
import dev.kam.kernel.UserId;
import dev.kam.kernel.period.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * All versions of one employee's plan for one period, oldest first. At most one version is in force
 * and at most one is a draft; putting a draft in force supersedes the version before it, which stays
 * on record so earlier statements remain explainable.
 */
public record PayPlanVersions(List<PayPlan> versions) {

    public static final String OPEN_DRAFT_RULE = "plan-draft-open";
    public static final String NO_DRAFT_RULE = "plan-no-draft";

    public PayPlanVersions {
        if (versions == null || versions.isEmpty() || versions.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("A plan has at least one version");
        }
        PayPlan first = versions.get(0);
        for (int i = 0; i < versions.size(); i++) {
            PayPlan plan = versions.get(i);
            if (!plan.employee().equals(first.employee()) || !plan.period().equals(first.period())) {
                throw new IllegalArgumentException("All versions belong to one employee and one period");
            }
            if (plan.version() != i + 1) {
                throw new IllegalArgumentException("Versions are numbered 1, 2, 3... without gaps");
            }
        }
        if (versions.stream().filter(p -> p.status() == PlanStatus.IN_FORCE).count() > 1
                || versions.stream().filter(p -> p.status() == PlanStatus.DRAFT).count() > 1) {
            throw new IllegalArgumentException("At most one version is in force and at most one is a draft");
        }
        versions = List.copyOf(versions);
    }

    public static PayPlanVersions start(UserId employee, Period period, PayTerms terms, BaseShareCap cap) {
        return new PayPlanVersions(List.of(PayPlan.draft(employee, period, terms, cap)));
    }

    public Optional<PayPlan> inForce() {
        return versions.stream().filter(p -> p.status() == PlanStatus.IN_FORCE).findFirst();
    }

    public Optional<PayPlan> draft() {
        return versions.stream().filter(p -> p.status() == PlanStatus.DRAFT).findFirst();
    }

    public PayPlan latest() {
        return versions.get(versions.size() - 1);
    }

    /** The terms of the open draft change; a version in force cannot (see {@link PayPlan#amend}). */
    public PayPlanVersions amendDraft(PayTerms terms, BaseShareCap cap) {
        PayPlan draft = draft().orElseThrow(() -> noDraft("amend"));
        return replaceLatest(draft.amend(terms, cap));
    }

    /** A new version of a plan in force, as a draft: the version in force stays in force until then. */
    public PayPlanVersions newVersion(PayTerms terms, BaseShareCap cap) {
        if (draft().isPresent()) {
            throw new DomainRuleViolation(OPEN_DRAFT_RULE, "Version " + latest().version()
                    + " is still a draft; amend it or put it in force before starting another");
        }
        List<PayPlan> next = new ArrayList<>(versions);
        next.add(PayPlan.draftVersion(latest().employee(), latest().period(), latest().version() + 1, terms, cap));
        return new PayPlanVersions(next);
    }

    public PayPlanVersions putDraftInForce() {
        PayPlan draft = draft().orElseThrow(() -> noDraft("put in force"));
        List<PayPlan> next = new ArrayList<>();
        for (PayPlan plan : versions) {
            next.add(plan.status() == PlanStatus.IN_FORCE ? plan.supersede() : plan);
        }
        next.set(next.size() - 1, draft.putInForce());
        return new PayPlanVersions(next);
    }

    private PayPlanVersions replaceLatest(PayPlan plan) {
        List<PayPlan> next = new ArrayList<>(versions);
        next.set(next.size() - 1, plan);
        return new PayPlanVersions(next);
    }

    private static DomainRuleViolation noDraft(String act) {
        return new DomainRuleViolation(NO_DRAFT_RULE, "There is no draft version to " + act + "; start a new version");
    }
}
