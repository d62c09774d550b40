package dev.kam.incentive.service.employee;

import dev.kam.incentive.domain.employee.EmployeeProfile;
import dev.kam.incentive.repository.AuditSubject;
import dev.kam.incentive.repository.EmployeeEntity;
import dev.kam.incentive.repository.EmployeeRepository;
import dev.kam.incentive.service.access.IncentiveAccess;
import dev.kam.incentive.service.audit.AuditTrail;
import dev.kam.plumbing.directory.PeopleDirectory;
import dev.kam.plumbing.problem.ProblemException;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;

/** A compensation-admin registers a person the identity provider knows as an employee here. */
@ApplicationScoped
public class RegisteringEmployee {

    private final EmployeeRepository employees;
    private final EmployeeRecords records;
    private final PeopleDirectory directory;
    private final AuditTrail audit;
    private final IncentiveAccess access;
    private final Clock clock;

    RegisteringEmployee(EmployeeRepository employees, EmployeeRecords records, PeopleDirectory directory,
            AuditTrail audit, IncentiveAccess access, Clock clock) {
        this.employees = employees;
        this.records = records;
        this.directory = directory;
        this.audit = audit;
        this.access = access;
        this.clock = clock;
    }

    @Transactional
    public EmployeeView register(EmployeeProfile profile) {
        directory.requireKnown("userId", profile.userId());
        if (employees.findById(profile.userId().value()) != null) {
            throw ProblemException.conflict("Employee " + profile.userId() + " is registered already; change them with PUT");
        }
        EmployeeEntity employee = new EmployeeEntity();
        employee.userId = profile.userId().value();
        employee.position = profile.position();
        employee.professionalism = profile.professionalism();
        employee.createdAt = Instant.now(clock);
        employee.updatedAt = employee.createdAt;
        employees.persist(employee);
        employees.flush();
        EmployeeView view = records.view(employee);
        audit.record(AuditSubject.EMPLOYEE, employee.userId, "EMPLOYEE_REGISTERED", access.caller().userId(), null, view);
        Log.infof("Employee %s registered", employee.userId);
        return view;
    }
}
