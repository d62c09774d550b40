package dev.kam.incentive.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
public class AssignmentRatingRepository implements PanacheRepositoryBase<AssignmentRatingEntity, AssignmentRatingEntity.Key> {

    public Optional<AssignmentRatingEntity> of(UUID accountId, String employeeId) {
        return findByIdOptional(new AssignmentRatingEntity.Key(accountId, employeeId));
    }

    /** Every rating of the employee's assignments, by account: one query for a whole workload. */
    public Map<UUID, AssignmentRatingEntity> ofEmployee(String employeeId) {
        return list("id.employeeId", employeeId).stream()
                .collect(Collectors.toMap(rating -> rating.id.accountId(), rating -> rating));
    }
}
