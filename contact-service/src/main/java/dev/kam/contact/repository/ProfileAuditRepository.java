package dev.kam.contact.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ProfileAuditRepository implements PanacheRepositoryBase<ProfileAuditEntity, UUID> {

    /** The trail of one person's profile, newest first, after the cursor if any. */
    public List<ProfileAuditEntity> trail(UUID stakeholderId, Long beforeSequence, int limit) {
        String jpql = "from ProfileAuditEntity a where a.stakeholderId = :stakeholder"
                + (beforeSequence == null ? "" : " and a.sequenceNo < :before")
                + " order by a.sequenceNo desc";
        TypedQuery<ProfileAuditEntity> query = getEntityManager().createQuery(jpql, ProfileAuditEntity.class)
                .setParameter("stakeholder", stakeholderId);
        if (beforeSequence != null) {
            query.setParameter("before", beforeSequence);
        }
        return query.setMaxResults(limit).getResultList();
    }
}
