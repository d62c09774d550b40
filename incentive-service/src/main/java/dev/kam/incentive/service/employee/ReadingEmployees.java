package dev.kam.incentive.service.employee;

import dev.kam.incentive.service.access.IncentiveAccess;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** An employee reads their own record; a compensation-admin reads anyone's. */
@ApplicationScoped
public class ReadingEmployees {

    private final EmployeeRecords records;
    private final IncentiveAccess access;

    ReadingEmployees(EmployeeRecords records, IncentiveAccess access) {
        this.records = records;
        this.access = access;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public EmployeeView byId(String userId) {
        access.requireSelfOrAdmin(userId);
        return records.view(records.require(userId));
    }
}
