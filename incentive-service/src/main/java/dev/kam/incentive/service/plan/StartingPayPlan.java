package dev.kam.incentive.service.plan;

import dev.kam.incentive.domain.pay.BaseShareCap;
import dev.kam.incentive.domain.pay.PayPlanVersions;
import dev.kam.incentive.domain.pay.PayTerms;
import dev.kam.incentive.repository.AuditSubject;
import dev.kam.incentive.repository.EmployeeRepository;
import dev.kam.incentive.repository.PayPlanEntity;
import dev.kam.incentive.repository.PayPlanRepository;
import dev.kam.incentive.service.access.IncentiveAccess;
import dev.kam.incentive.service.audit.AuditTrail;
import dev.kam.kernel.DomainRuleViolation;
import dev.kam.kernel.UserId;
import dev.kam.kernel.period.Period;
import dev.kam.plumbing.problem.ProblemException;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/** A compensation-admin drafts the first version of an employee's plan for a period. */
@ApplicationScoped
public class StartingPayPlan {

    public static final String UNKNOWN_EMPLOYEE_RULE = "employee-not-registered";

    private final PayPlanRepository plans;
    private final EmployeeRepository employees;
    private final PayPlanRecords records;
    private final BaseShareCap cap;
    private final AuditTrail audit;
    private final IncentiveAccess access;
    private final Clock clock;

    StartingPayPlan(PayPlanRepository plans, EmployeeRepository employees, PayPlanRecords records, BaseShareCap cap,
            AuditTrail audit, IncentiveAccess access, Clock clock) {
        this.plans = plans;
        this.employees = employees;
        this.records = records;
        this.cap = cap;
        this.audit = audit;
        this.access = access;
        this.clock = clock;
    }

    @Transactional
    public PlanView start(UserId employee, Period period, PayTerms terms) {
        records.requireWithinCap(terms);
        PayPlanVersions versions = PayPlanVersions.start(employee, period, terms, cap);
        if (employees.findById(employee.value()) == null) {
            throw new DomainRuleViolation(UNKNOWN_EMPLOYEE_RULE,
                    "Employee " + employee + " is not registered; register them before giving them a plan",
                    "employeeId");
        }
        if (plans.of(employee.value(), period.format()).isPresent()) {
            throw ProblemException.conflict("Employee " + employee + " has a plan for " + period.format()
                    + " already; change it with a new version");
        }
        PayPlanEntity plan = new PayPlanEntity();
        plan.id = UUID.randomUUID();
        plan.employeeId = employee.value();
        plan.period = period.format();
        plan.createdBy = access.caller().userId();
        plan.createdAt = Instant.now(clock);
        plan.updatedAt = plan.createdAt;
        records.write(versions, plan);
        plans.persist(plan);
        plans.flush();
        PlanView view = records.view(plan);
        audit.record(AuditSubject.PAY_PLAN, plan.id.toString(), "PLAN_STARTED", plan.createdBy, null, view);
        Log.infof("Pay plan %s started for %s", plan.id, plan.period);
        return view;
    }
}
