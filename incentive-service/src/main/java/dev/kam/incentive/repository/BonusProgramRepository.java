package dev.kam.incentive.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class BonusProgramRepository implements PanacheRepositoryBase<BonusProgramEntity, UUID> {

    /** Up to {@code limit} programmes after the cursor's (createdAt, id), oldest first. */
    public List<BonusProgramEntity> pageAfter(Instant createdAt, UUID id, int limit) {
        if (createdAt == null) {
            return find("order by createdAt, id").page(0, limit).list();
        }
        return find("createdAt > ?1 or (createdAt = ?1 and id > ?2) order by createdAt, id", createdAt, id)
                .page(0, limit).list();
    }
}
