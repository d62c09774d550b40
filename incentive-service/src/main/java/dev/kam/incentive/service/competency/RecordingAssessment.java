package dev.kam.incentive.service.competency;

import dev.kam.incentive.domain.competency.CompetencyAssessment;
import dev.kam.incentive.repository.AuditSubject;
import dev.kam.incentive.repository.CompetencyAssessmentEntity;
import dev.kam.incentive.repository.CompetencyAssessmentRepository;
import dev.kam.incentive.service.access.IncentiveAccess;
import dev.kam.incentive.service.audit.AuditTrail;
import dev.kam.incentive.service.employee.EmployeeRecords;
import dev.kam.incentive.service.workload.DetectingOverload;
import dev.kam.plumbing.directory.PeopleDirectory;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A compensation-admin or kam-admin records an assessment over the seven competencies; from then on
 * the employee's professionalism is the one the latest assessment gives.
 */
@ApplicationScoped
public class RecordingAssessment {

    private final CompetencyAssessmentRepository assessments;
    private final EmployeeRecords employees;
    private final AuditTrail audit;
    private final DetectingOverload overload;
    private final IncentiveAccess access;
    private final Clock clock;

    private final PeopleDirectory directory;

    RecordingAssessment(CompetencyAssessmentRepository assessments, EmployeeRecords employees, AuditTrail audit,
            DetectingOverload overload, IncentiveAccess access, Clock clock, PeopleDirectory directory) {
        this.directory = directory;
        this.assessments = assessments;
        this.employees = employees;
        this.audit = audit;
        this.overload = overload;
        this.access = access;
        this.clock = clock;
    }

    @Transactional
    public AssessmentView record(CompetencyAssessment assessment) {
        String employee = employees.require(assessment.employee().value()).userId;
        // the assessor answers for the scores: someone who can log in, not any text
        directory.requireKnown("assessedBy", assessment.assessedBy());
        CompetencyAssessmentEntity row = new CompetencyAssessmentEntity();
        row.id = UUID.randomUUID();
        row.employeeId = employee;
        row.assessedOn = assessment.assessedOn();
        row.assessedBy = assessment.assessedBy().value();
        assessment.scores().forEach((competency, score) -> row.scores.put(competency, score.value()));
        row.recordedBy = access.caller().userId();
        row.recordedAt = Instant.now(clock);
        assessments.persist(row);
        assessments.flush();
        AssessmentView view = CompetencyRecords.view(row);
        audit.record(AuditSubject.DEVELOPMENT, employee, "ASSESSMENT_RECORDED", row.recordedBy, null, view);
        // the level changes every account's workload for this employee
        overload.recheck(List.of(employee));
        Log.infof("Competency assessment %s recorded for %s", row.id, employee);
        return view;
    }
}
