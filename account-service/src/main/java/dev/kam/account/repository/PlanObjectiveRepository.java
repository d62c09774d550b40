package dev.kam.account.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class PlanObjectiveRepository implements PanacheRepositoryBase<PlanObjectiveEntity, UUID> {

    public Optional<PlanObjectiveEntity> findInAccount(UUID accountId, UUID objectiveId) {
        return find("id = ?1 and accountId = ?2", objectiveId, accountId).firstResultOptional();
    }

    /** The account's objectives in the order they were set (the plan is bounded by the domain's limits). */
    public List<PlanObjectiveEntity> ofAccount(UUID accountId) {
        return list("accountId", Sort.by("createdAt").and("id"), accountId);
    }

    public long countOfAccount(UUID accountId) {
        return count("accountId", accountId);
    }
}
