package dev.kam.incentive.service.competency;

import dev.kam.incentive.domain.competency.DevelopmentPlan;
import dev.kam.incentive.repository.AuditSubject;
import dev.kam.incentive.repository.CompetencyAssessmentRepository;
import dev.kam.incentive.repository.DevelopmentPlanEntity;
import dev.kam.incentive.repository.DevelopmentPlanRepository;
import dev.kam.incentive.service.access.IncentiveAccess;
import dev.kam.incentive.service.audit.AuditTrail;
import dev.kam.incentive.service.employee.EmployeeRecords;
import dev.kam.plumbing.http.EntityVersions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;

/**
 * The employee's development plan is replaced as a whole: the first one is simply set; a plan that
 * exists is replaced only against the version read (428 without If-Match, 412 when stale).
 */
@ApplicationScoped
public class SettingDevelopmentPlan {

    /** The plan as it now is, and whether this call created it. */
    public record Set(DevelopmentPlanView plan, boolean created) {
    }

    private final DevelopmentPlanRepository plans;
    private final CompetencyAssessmentRepository assessments;
    private final EmployeeRecords employees;
    private final AuditTrail audit;
    private final IncentiveAccess access;
    private final Clock clock;

    SettingDevelopmentPlan(DevelopmentPlanRepository plans, CompetencyAssessmentRepository assessments,
            EmployeeRecords employees, AuditTrail audit, IncentiveAccess access, Clock clock) {
        this.plans = plans;
        this.assessments = assessments;
        this.employees = employees;
        this.audit = audit;
        this.access = access;
        this.clock = clock;
    }

    @Transactional
    public Set set(DevelopmentPlan plan, String ifMatch) {
        String employee = employees.require(plan.employee().value()).userId;
        DevelopmentPlanEntity row = plans.findById(employee);
        DevelopmentPlanView before = null;
        boolean created = row == null;
        if (created) {
            row = new DevelopmentPlanEntity();
            row.employeeId = employee;
        } else {
            EntityVersions.requireMatch(ifMatch, row.version);
            before = view(row);
        }
        CompetencyRecords.write(plan, row);
        row.updatedBy = access.caller().userId();
        row.updatedAt = Instant.now(clock);
        if (created) {
            plans.persist(row);
        }
        plans.flush();
        DevelopmentPlanView after = view(row);
        audit.record(AuditSubject.DEVELOPMENT, employee, "DEVELOPMENT_PLAN_SET", row.updatedBy, before, after);
        return new Set(after, created);
    }

    private DevelopmentPlanView view(DevelopmentPlanEntity row) {
        return CompetencyRecords.view(row, assessments.latestOf(row.employeeId).map(CompetencyRecords::toDomain));
    }
}
