package dev.kam.incentive.service.competency;

import dev.kam.incentive.domain.competency.TrainingRecord;
import dev.kam.incentive.repository.AuditSubject;
import dev.kam.incentive.repository.TrainingRecordEntity;
import dev.kam.incentive.repository.TrainingRecordRepository;
import dev.kam.incentive.service.access.IncentiveAccess;
import dev.kam.incentive.service.audit.AuditTrail;
import dev.kam.incentive.service.employee.EmployeeRecords;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/** A completed training is put on the employee's record. */
@ApplicationScoped
public class RecordingTraining {

    private final TrainingRecordRepository trainings;
    private final EmployeeRecords employees;
    private final AuditTrail audit;
    private final IncentiveAccess access;
    private final Clock clock;

    RecordingTraining(TrainingRecordRepository trainings, EmployeeRecords employees, AuditTrail audit,
            IncentiveAccess access, Clock clock) {
        this.trainings = trainings;
        this.employees = employees;
        this.audit = audit;
        this.access = access;
        this.clock = clock;
    }

    @Transactional
    public TrainingView record(TrainingRecord training) {
        TrainingRecordEntity row = new TrainingRecordEntity();
        row.id = UUID.randomUUID();
        row.employeeId = employees.require(training.employee().value()).userId;
        row.title = training.title();
        row.competency = training.competency().orElse(null);
        row.completedOn = training.completedOn();
        row.recordedBy = access.caller().userId();
        row.recordedAt = Instant.now(clock);
        trainings.persist(row);
        TrainingView view = CompetencyRecords.view(row);
        audit.record(AuditSubject.DEVELOPMENT, row.employeeId, "TRAINING_RECORDED", row.recordedBy, null, view);
        return view;
    }
}
