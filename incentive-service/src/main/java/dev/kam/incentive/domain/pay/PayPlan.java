package dev.kam.incentive.domain.pay;

import dev.kam.kernel.DomainRuleViolation;
import dev.kam.kernel.UserId;
import dev.kam.kernel.period.Period;
import dev.kam.kernel.period.PeriodType;
import java.util.EnumSet;
import java.util.Set;

/**
 * One version of an employee's pay plan for a quarter, half-year or year. A draft may be amended; a
 * version in force never changes (people were told its terms), it is replaced by a new version.
 */
public record PayPlan(UserId employee, Period period, int version, PayTerms terms, PlanStatus status) {

    public static final String PAY_PERIOD_RULE = "pay-period";
    public static final String IN_FORCE_RULE = "plan-in-force-unchangeable";
    private static final Set<PeriodType> PAY_PERIODS = EnumSet.of(PeriodType.QUARTER, PeriodType.HALF_YEAR, PeriodType.YEAR);

    public PayPlan {
        if (employee == null || period == null || terms == null || status == null) {
            throw new IllegalArgumentException("Employee, period, terms and status are required");
        }
        if (!PAY_PERIODS.contains(period.type())) {
            throw new DomainRuleViolation(PAY_PERIOD_RULE,
                    "Pay plans run for a quarter, a half-year or a year, not a " + period.type() + " (" + period + ")");
        }
        if (version < 1) {
            throw new IllegalArgumentException("Plan versions start at 1: " + version);
        }
    }

    /** A first draft, refused when its base breaks the cap. */
    public static PayPlan draft(UserId employee, Period period, PayTerms terms, BaseShareCap cap) {
        return draftVersion(employee, period, 1, terms, cap);
    }

    static PayPlan draftVersion(UserId employee, Period period, int version, PayTerms terms, BaseShareCap cap) {
        requireCap(cap).check(terms.base(), terms.totalPossibleReward());
        return new PayPlan(employee, period, version, terms, PlanStatus.DRAFT);
    }

    public PayPlan amend(PayTerms newTerms, BaseShareCap cap) {
        if (status != PlanStatus.DRAFT) {
            throw new DomainRuleViolation(IN_FORCE_RULE, "Version " + version + " of the plan for " + period
                    + " is " + status + " and cannot change; issue a new version instead");
        }
        return draftVersion(employee, period, version, newTerms, cap);
    }

    PayPlan putInForce() {
        if (status != PlanStatus.DRAFT) {
            throw new IllegalStateException("Only a draft can be put in force, version " + version + " is " + status);
        }
        return new PayPlan(employee, period, version, terms, PlanStatus.IN_FORCE);
    }

    PayPlan supersede() {
        return new PayPlan(employee, period, version, terms, PlanStatus.SUPERSEDED);
    }

    private static BaseShareCap requireCap(BaseShareCap cap) {
        if (cap == null) {
            throw new IllegalArgumentException("The base share cap is required");
        }
        return cap;
    }
}
