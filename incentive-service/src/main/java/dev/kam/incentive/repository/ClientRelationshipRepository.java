package dev.kam.incentive.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ClientRelationshipRepository implements PanacheRepositoryBase<ClientRelationshipEntity, ClientRelationshipEntity.Key> {

    /** Client people of the account the employee keeps an active relationship with, leaving out those who left. */
    public int clientPeopleOf(UUID accountId, String holderId) {
        return getEntityManager().createQuery("""
                select count(distinct r.id.stakeholderId) from ClientRelationshipEntity r
                where r.id.accountId = :account and r.id.holderId = :holder and r.active = true
                and not exists (select 1 from DepartedStakeholderEntity d where d.stakeholderId = r.id.stakeholderId)""",
                Long.class)
                .setParameter("account", accountId)
                .setParameter("holder", holderId)
                .getSingleResult().intValue();
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
