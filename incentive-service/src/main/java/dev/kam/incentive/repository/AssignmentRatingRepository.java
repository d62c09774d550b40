package dev.kam.incentive.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class AssignmentRatingRepository implements PanacheRepositoryBase<AssignmentRatingEntity, AssignmentRatingEntity.Key> {

    public Optional<AssignmentRatingEntity> of(UUID accountId, String employeeId) {
        return findByIdOptional(new AssignmentRatingEntity.Key(accountId, employeeId));
    }
}
