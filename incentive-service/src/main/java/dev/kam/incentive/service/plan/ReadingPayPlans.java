package dev.kam.incentive.service.plan;

import dev.kam.incentive.repository.AuditSubject;
import dev.kam.incentive.repository.PayPlanEntity;
import dev.kam.incentive.repository.PayPlanRepository;
import dev.kam.incentive.service.access.IncentiveAccess;
import dev.kam.incentive.service.audit.AuditEntryView;
import dev.kam.incentive.service.audit.ReadingAudit;
import dev.kam.plumbing.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/** Plans as the employee they belong to and compensation-admin may read them; others get 403. */
@ApplicationScoped
public class ReadingPayPlans {

    private final PayPlanRepository plans;
    private final PayPlanRecords records;
    private final ReadingAudit audit;
    private final IncentiveAccess access;

    ReadingPayPlans(PayPlanRepository plans, PayPlanRecords records, ReadingAudit audit, IncentiveAccess access) {
        this.plans = plans;
        this.records = records;
        this.audit = audit;
        this.access = access;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PlanView byId(UUID id) {
        return records.view(readable(id));
    }

    /** The employee's plans, by period; the caller's own when no employee is named. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PlanView> ofEmployee(String employeeId) {
        String employee = employeeId == null ? access.caller().userId() : employeeId;
        access.requireSelfOrAdmin(employee);
        return plans.ofEmployee(employee).stream().map(records::view).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditEntryView> auditOf(UUID id) {
        PayPlanEntity plan = readable(id);
        return audit.of(AuditSubject.PAY_PLAN, plan.id.toString());
    }

    private PayPlanEntity readable(UUID id) {
        PayPlanEntity plan = plans.findById(id);
        if (plan == null) {
            throw ProblemException.notFound("Pay plan " + id);
        }
        access.requireSelfOrAdmin(plan.employeeId);
        return plan;
    }
}
