package dev.kam.incentive.service.competency;

import dev.kam.incentive.repository.AuditSubject;
import dev.kam.incentive.repository.CareerStepRepository;
import dev.kam.incentive.repository.CompetencyAssessmentEntity;
import dev.kam.incentive.repository.CompetencyAssessmentRepository;
import dev.kam.incentive.repository.DevelopmentPlanEntity;
import dev.kam.incentive.repository.DevelopmentPlanRepository;
import dev.kam.incentive.repository.EmployeeEntity;
import dev.kam.incentive.repository.TrainingRecordRepository;
import dev.kam.incentive.service.access.IncentiveAccess;
import dev.kam.incentive.service.audit.AuditEntryView;
import dev.kam.incentive.service.audit.ReadingAudit;
import dev.kam.incentive.service.employee.EmployeeRecords;
import dev.kam.plumbing.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

/** An employee's development as they, compensation-admin and kam-admin may read it; others get 403. */
@ApplicationScoped
public class ReadingCompetencies {

    private final CompetencyAssessmentRepository assessments;
    private final TrainingRecordRepository trainings;
    private final DevelopmentPlanRepository plans;
    private final CareerStepRepository steps;
    private final EmployeeRecords employees;
    private final EmployeeProfessionalism professionalism;
    private final ReadingAudit audit;
    private final IncentiveAccess access;

    ReadingCompetencies(CompetencyAssessmentRepository assessments, TrainingRecordRepository trainings,
            DevelopmentPlanRepository plans, CareerStepRepository steps, EmployeeRecords employees,
            EmployeeProfessionalism professionalism, ReadingAudit audit, IncentiveAccess access) {
        this.assessments = assessments;
        this.trainings = trainings;
        this.plans = plans;
        this.steps = steps;
        this.employees = employees;
        this.professionalism = professionalism;
        this.audit = audit;
        this.access = access;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CompetencyProfileView profileOf(String userId) {
        access.requireSelfOrDeveloper(userId);
        EmployeeEntity employee = employees.require(userId);
        List<CompetencyAssessmentEntity> assessed = assessments.ofEmployee(userId);
        Professionalism level = professionalism.of(employee);
        DevelopmentPlanEntity plan = plans.findById(userId);
        return new CompetencyProfileView(userId, level.level(), level.source(),
                assessed.stream().map(CompetencyRecords::view).toList(),
                trainings.ofEmployee(userId).stream().map(CompetencyRecords::view).toList(),
                plan == null ? null : planView(plan, assessed),
                steps.ofEmployee(userId).stream().map(CompetencyRecords::view).toList());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public DevelopmentPlanView planOf(String userId) {
        access.requireSelfOrDeveloper(userId);
        employees.require(userId);
        DevelopmentPlanEntity plan = plans.findById(userId);
        if (plan == null) {
            throw ProblemException.notFound("A development plan of " + userId);
        }
        return planView(plan, assessments.ofEmployee(userId));
    }

    /** The trail of assessments, training, plan changes and career steps; for those who develop people. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditEntryView> auditOf(String userId) {
        employees.require(userId);
        return audit.of(AuditSubject.DEVELOPMENT, userId);
    }

    private static DevelopmentPlanView planView(DevelopmentPlanEntity plan, List<CompetencyAssessmentEntity> assessed) {
        return CompetencyRecords.view(plan, assessed.stream().findFirst().map(CompetencyRecords::toDomain));
    }
}
