package dev.kam.account.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class DossierAuditRepository implements PanacheRepositoryBase<DossierAuditEntity, Long> {

    /** An account's audit entries, newest first, older than {@code beforeId} when given. */
    public List<DossierAuditEntity> newestFirst(UUID accountId, Long beforeId, int limit) {
        if (beforeId == null) {
            return find("accountId = ?1 order by id desc", accountId).page(0, limit).list();
        }
        return find("accountId = ?1 and id < ?2 order by id desc", accountId, beforeId).page(0, limit).list();
    }
}
