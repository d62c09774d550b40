package dev.kam.account.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class HealthSnapshotRepository implements PanacheRepositoryBase<HealthSnapshotEntity, UUID> {

    public Optional<HealthSnapshotEntity> latestOf(UUID accountId) {
        return find("accountId = ?1 order by assessedAt desc, id desc", accountId).firstResultOptional();
    }

    /** A page of the account's history, newest first; {@code after} is the last (assessedAt, id) of the page before. */
    public List<HealthSnapshotEntity> pageOf(UUID accountId, Instant afterAssessedAt, UUID afterId, int limit) {
        if (afterAssessedAt == null) {
            return find("accountId = ?1 order by assessedAt desc, id desc", accountId).page(0, limit).list();
        }
        return find("accountId = ?1 and (assessedAt < ?2 or (assessedAt = ?2 and id < ?3))"
                + " order by assessedAt desc, id desc", accountId, afterAssessedAt, afterId)
                .page(0, limit).list();
    }
}
