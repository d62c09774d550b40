package dev.kam.account.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class PlanActionRepository implements PanacheRepositoryBase<PlanActionEntity, UUID> {

    public Optional<PlanActionEntity> findInAccount(UUID accountId, UUID actionId) {
        return find("id = ?1 and accountId = ?2", actionId, accountId).firstResultOptional();
    }

    /** The actions of the account's plan, soonest due first (bounded by the domain's plan limits). */
    public List<PlanActionEntity> ofAccount(UUID accountId) {
        return list("accountId", Sort.by("dueOn").and("id"), accountId);
    }

    public List<PlanActionEntity> ofObjective(UUID objectiveId) {
        return list("objectiveId", Sort.by("dueOn").and("id"), objectiveId);
    }

    public long countOfObjective(UUID objectiveId) {
        return count("objectiveId", objectiveId);
    }

    /** Up to {@code max} overdue actions across the accounts the query allows, longest overdue first. */
    public List<ActionOnAccount> overdue(OverdueActionsQuery query, int max) {
        StringBuilder hql = new StringBuilder("""
                select p, a.name from PlanActionEntity p join AccountEntity a on a.id = p.accountId
                where p.status in :statuses and p.dueOn < :dueBefore""");
        Map<String, Object> parameters = new HashMap<>(Map.of("statuses", query.statuses(),
                "dueBefore", query.dueBefore()));
        if (query.teamMemberId() != null) {
            hql.append(" and exists (select 1 from TeamMemberEntity m where m.account.id = p.accountId"
                    + " and m.key.userId = :member)");
            parameters.put("member", query.teamMemberId());
        }
        if (query.ownerId() != null) {
            hql.append(" and p.ownerId = :owner");
            parameters.put("owner", query.ownerId());
        }
        if (query.afterDueOn() != null) {
            hql.append(" and (p.dueOn > :afterOn or (p.dueOn = :afterOn and p.id > :afterId))");
            parameters.put("afterOn", query.afterDueOn());
            parameters.put("afterId", query.afterId());
        }
        hql.append(" order by p.dueOn, p.id");
        TypedQuery<Object[]> typed = getEntityManager().createQuery(hql.toString(), Object[].class);
        parameters.forEach(typed::setParameter);
        return typed.setMaxResults(max).getResultList().stream()
                .map(row -> new ActionOnAccount((PlanActionEntity) row[0], (String) row[1]))
                .toList();
    }

    /** An action with the name of its account, for lists across accounts. */
    public record ActionOnAccount(PlanActionEntity action, String accountName) {
    }
}
