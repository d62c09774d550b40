package dev.kam.incentive.service.employee;

import dev.kam.plumbing.replica.AccountReplicaRepository;
import dev.kam.incentive.repository.EmployeeEntity;
import dev.kam.incentive.repository.EmployeeRepository;
import dev.kam.incentive.service.competency.EmployeeProfessionalism;
import dev.kam.incentive.service.competency.Professionalism;
import dev.kam.plumbing.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;

/** Finding an employee's row and showing it, for the employee use cases. */
@ApplicationScoped
public class EmployeeRecords {

    private final EmployeeRepository employees;
    private final AccountReplicaRepository accounts;
    private final EmployeeProfessionalism professionalism;

    EmployeeRecords(EmployeeRepository employees, AccountReplicaRepository accounts,
            EmployeeProfessionalism professionalism) {
        this.employees = employees;
        this.accounts = accounts;
        this.professionalism = professionalism;
    }

    public EmployeeEntity require(String userId) {
        EmployeeEntity employee = employees.findById(userId);
        if (employee == null) {
            throw ProblemException.notFound("Employee " + userId);
        }
        return employee;
    }

    public EmployeeView view(EmployeeEntity e) {
        Professionalism level = professionalism.of(e);
        return new EmployeeView(e.userId, e.position, level.level(), level.source(), e.professionalism,
                accounts.accountsServedBy(e.userId), e.version, e.createdAt, e.updatedAt);
    }
}
