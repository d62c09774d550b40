package dev.kam.incentive.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class PayPlanRepository implements PanacheRepositoryBase<PayPlanEntity, UUID> {

    public Optional<PayPlanEntity> of(String employeeId, String period) {
        return find("employeeId = ?1 and period = ?2", employeeId, period).firstResultOptional();
    }

    public List<PayPlanEntity> ofEmployees(Collection<String> employeeIds) {
        return employeeIds.isEmpty() ? List.of() : list("employeeId in ?1", employeeIds);
    }

    public List<PayPlanEntity> ofEmployee(String employeeId) {
        return list("employeeId = ?1 order by period", employeeId);
    }
}
