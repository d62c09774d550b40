package dev.kam.incentive.service.competency;

import dev.kam.incentive.domain.competency.CareerStep;
import dev.kam.incentive.repository.AuditSubject;
import dev.kam.incentive.repository.CareerStepEntity;
import dev.kam.incentive.repository.CareerStepRepository;
import dev.kam.incentive.service.access.IncentiveAccess;
import dev.kam.incentive.service.audit.AuditTrail;
import dev.kam.incentive.service.employee.EmployeeRecords;
import dev.kam.kernel.UserId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/** A step of the employee's career is recorded, after the ones before it. */
@ApplicationScoped
public class RecordingCareerStep {

    private final CareerStepRepository steps;
    private final EmployeeRecords employees;
    private final AuditTrail audit;
    private final IncentiveAccess access;
    private final Clock clock;

    RecordingCareerStep(CareerStepRepository steps, EmployeeRecords employees, AuditTrail audit,
            IncentiveAccess access, Clock clock) {
        this.steps = steps;
        this.employees = employees;
        this.audit = audit;
        this.access = access;
        this.clock = clock;
    }

    @Transactional
    public CareerStepView record(CareerStep step) {
        String employee = employees.require(step.employee().value()).userId;
        step.requireAfter(steps.ofEmployee(employee).stream()
                .map(s -> new CareerStep(UserId.of(s.employeeId), s.position, s.effectiveOn, s.note)).toList());
        CareerStepEntity row = new CareerStepEntity();
        row.id = UUID.randomUUID();
        row.employeeId = employee;
        row.position = step.position();
        row.effectiveOn = step.effectiveOn();
        row.note = step.note();
        row.recordedBy = access.caller().userId();
        row.recordedAt = Instant.now(clock);
        steps.persist(row);
        CareerStepView view = CompetencyRecords.view(row);
        audit.record(AuditSubject.DEVELOPMENT, employee, "CAREER_STEP_RECORDED", row.recordedBy, null, view);
        return view;
    }
}
