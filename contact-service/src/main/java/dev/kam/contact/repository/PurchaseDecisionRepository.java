package dev.kam.contact.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class PurchaseDecisionRepository implements PanacheRepositoryBase<PurchaseDecisionEntity, UUID> {

    public List<PurchaseDecisionEntity> page(UUID accountId, Instant afterCreatedAt, UUID afterId, int limit) {
        String jpql = "from PurchaseDecisionEntity d where d.accountId = :account"
                + (afterCreatedAt == null ? ""
                        : " and (d.createdAt > :afterAt or (d.createdAt = :afterAt and d.id > :afterId))")
                + " order by d.createdAt, d.id";
        TypedQuery<PurchaseDecisionEntity> query = getEntityManager()
                .createQuery(jpql, PurchaseDecisionEntity.class).setParameter("account", accountId);
        if (afterCreatedAt != null) {
            query.setParameter("afterAt", afterCreatedAt).setParameter("afterId", afterId);
        }
        return query.setMaxResults(limit).getResultList();
    }
}
