package dev.kam.account.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ClientProblemRepository implements PanacheRepositoryBase<ClientProblemEntity, UUID> {

    public Optional<ClientProblemEntity> findInAccount(UUID accountId, UUID problemId) {
        return find("id = ?1 and accountId = ?2", problemId, accountId).firstResultOptional();
    }

    /** Up to {@code max} problems of one account, most recently opened first. */
    public List<ClientProblemEntity> page(ProblemQuery query, int max) {
        List<String> where = new ArrayList<>(List.of("accountId = :accountId"));
        Parameters parameters = Parameters.with("accountId", query.accountId());
        if (query.status() != null) {
            where.add("status = :status");
            parameters.and("status", query.status());
        }
        if (query.importance() != null) {
            where.add("importance = :importance");
            parameters.and("importance", query.importance());
        }
        if (query.afterOpenedOn() != null) {
            where.add("(openedOn < :afterOn or (openedOn = :afterOn and id > :afterId))");
            parameters.and("afterOn", query.afterOpenedOn()).and("afterId", query.afterId());
        }
        return find(String.join(" and ", where), Sort.descending("openedOn").and("id", Sort.Direction.Ascending),
                parameters).page(0, max).list();
    }

    /** Up to {@code max} open problems across the accounts the query allows, oldest first, with the account name. */
    public List<ProblemOnAccount> openOldestFirst(OpenProblemsQuery query, int max) {
        StringBuilder hql = new StringBuilder("""
                select p, a.name from ClientProblemEntity p join AccountEntity a on a.id = p.accountId
                where p.status in :statuses and p.importance in :importances and p.openedOn <= :openedBy""");
        Map<String, Object> parameters = new HashMap<>(Map.of("statuses", query.statuses(),
                "importances", query.importances(), "openedBy", query.openedOnOrBefore()));
        if (query.teamMemberId() != null) {
            hql.append(" and exists (select 1 from TeamMemberEntity m where m.account.id = p.accountId"
                    + " and m.key.userId = :member)");
            parameters.put("member", query.teamMemberId());
        }
        if (query.afterOpenedOn() != null) {
            hql.append(" and (p.openedOn > :afterOn or (p.openedOn = :afterOn and p.id > :afterId))");
            parameters.put("afterOn", query.afterOpenedOn());
            parameters.put("afterId", query.afterId());
        }
        hql.append(" order by p.openedOn, p.id");
        TypedQuery<Object[]> typed = getEntityManager().createQuery(hql.toString(), Object[].class);
        parameters.forEach(typed::setParameter);
        return typed.setMaxResults(max).getResultList().stream()
                .map(row -> new ProblemOnAccount((ClientProblemEntity) row[0], (String) row[1]))
                .toList();
    }

    /** A problem with the name of its account, for lists across accounts. */
    public record ProblemOnAccount(ClientProblemEntity problem, String accountName) {
    }
}
