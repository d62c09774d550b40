package dev.kam.incentive.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class TrainingRecordRepository implements PanacheRepositoryBase<TrainingRecordEntity, UUID> {

    public List<TrainingRecordEntity> ofEmployee(String employeeId) {
        return list("employeeId = ?1 order by completedOn desc, id", employeeId);
    }
}
