package dev.kam.account.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class DossierAuditRepository implements PanacheRepositoryBase<DossierAuditEntity, Long> {

    /**
     * An account's audit entries, newest first (by time, the id breaking ties), after the entry
     * {@code (beforeAt, beforeId)} when given.
     */
    public List<DossierAuditEntity> newestFirst(UUID accountId, Instant beforeAt, Long beforeId, int limit) {
        if (beforeAt == null) {
            return find("accountId = ?1 order by at desc, id desc", accountId).page(0, limit).list();
        }
        return find("accountId = ?1 and (at < ?2 or (at = ?2 and id < ?3)) order by at desc, id desc", accountId,
                beforeAt, beforeId).page(0, limit).list();
    }
}
