package dev.kam.incentive.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class CareerStepRepository implements PanacheRepositoryBase<CareerStepEntity, UUID> {

    public List<CareerStepEntity> ofEmployee(String employeeId) {
        return list("employeeId = ?1 order by effectiveOn, recordedAt, id", employeeId);
    }
}
