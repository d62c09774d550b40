package dev.kam.incentive.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
public class ClientRelationshipRepository implements PanacheRepositoryBase<ClientRelationshipEntity, ClientRelationshipEntity.Key> {

    /**
     * Client people the employee keeps an active relationship with, per account, leaving out those
     * who left; accounts without any are absent. One query for a whole workload.
     */
    public Map<UUID, Integer> clientPeopleByAccountOf(String holderId) {
        List<Object[]> rows = getEntityManager().createQuery("""
                select r.id.accountId, count(distinct r.id.stakeholderId) from ClientRelationshipEntity r
                where r.id.holderId = :holder and r.active = true
                and not exists (select 1 from DepartedStakeholderEntity d where d.stakeholderId = r.id.stakeholderId)
                group by r.id.accountId""", Object[].class)
                .setParameter("holder", holderId)
                .getResultList();
        return rows.stream().collect(Collectors.toMap(row -> (UUID) row[0], row -> ((Number) row[1]).intValue()));
    }

    /** Our people holding an active relationship with this client person. */
    public List<String> holdersOf(UUID stakeholderId) {
        return getEntityManager().createQuery("""
                select distinct r.id.holderId from ClientRelationshipEntity r
                where r.id.stakeholderId = :stakeholder and r.active = true order by r.id.holderId""", String.class)
                .setParameter("stakeholder", stakeholderId)
                .getResultList();
    }

    /** An erased person: nothing about them is kept. */
    public long forget(UUID stakeholderId) {
        return delete("id.stakeholderId = ?1", stakeholderId);
    }
}
