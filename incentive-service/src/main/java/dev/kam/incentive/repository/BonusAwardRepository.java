package dev.kam.incentive.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class BonusAwardRepository implements PanacheRepositoryBase<BonusAwardEntity, UUID> {

    public List<BonusAwardEntity> ofEmployee(String employeeId) {
        return list("employeeId = ?1 order by awardedAt, id", employeeId);
    }

    public List<BonusAwardEntity> ofProgram(UUID programId) {
        return list("programId = ?1 order by employeeId", programId);
    }
}
