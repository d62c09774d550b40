package dev.kam.incentive.service.employee;

import dev.kam.incentive.domain.employee.EmployeeProfile;
import dev.kam.incentive.repository.AuditSubject;
import dev.kam.incentive.repository.EmployeeEntity;
import dev.kam.incentive.repository.EmployeeRepository;
import dev.kam.incentive.service.access.IncentiveAccess;
import dev.kam.incentive.service.audit.AuditTrail;
import dev.kam.plumbing.http.EntityVersions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;

/** A compensation-admin changes an employee's position or professionalism, against the version read. */
@ApplicationScoped
public class ChangingEmployee {

    private final EmployeeRepository employees;
    private final EmployeeRecords records;
    private final AuditTrail audit;
    private final IncentiveAccess access;
    private final Clock clock;

    ChangingEmployee(EmployeeRepository employees, EmployeeRecords records, AuditTrail audit, IncentiveAccess access,
            Clock clock) {
        this.employees = employees;
        this.records = records;
        this.audit = audit;
        this.access = access;
        this.clock = clock;
    }

    @Transactional
    public EmployeeView change(EmployeeProfile profile, String ifMatch) {
        EmployeeEntity employee = records.require(profile.userId().value());
        EntityVersions.requireMatch(ifMatch, employee.version);
        EmployeeView before = records.view(employee);
        employee.position = profile.position();
        employee.professionalism = profile.professionalism();
        employee.updatedAt = Instant.now(clock);
        employees.flush();
        EmployeeView after = records.view(employee);
        audit.record(AuditSubject.EMPLOYEE, employee.userId, "EMPLOYEE_CHANGED", access.caller().userId(), before, after);
        return after;
    }
}
