package dev.kam.account.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ConcessionRepository implements PanacheRepositoryBase<ConcessionEntity, UUID> {

    public Optional<ConcessionEntity> findInAccount(UUID accountId, UUID concessionId) {
        return find("id = ?1 and accountId = ?2", concessionId, accountId).firstResultOptional();
    }

    /** The concessions recorded with these interactions, in the order they were recorded. */
    public List<ConcessionEntity> madeIn(List<UUID> interactionIds) {
        return list("interactionId in ?1", Sort.by("recordedAt").and("id"), interactionIds);
    }

    /** Every concession of the account, for its balance. */
    public List<ConcessionEntity> allOf(UUID accountId) {
        return list("accountId", Sort.by("recordedAt").and("id"), accountId);
    }

    /** Up to {@code max} concessions, newest first, after the keyset (both null for the first page). */
    public List<ConcessionEntity> page(UUID accountId, Instant afterRecordedAt, UUID afterId, int max) {
        Sort newestFirst = Sort.descending("recordedAt").and("id", Sort.Direction.Ascending);
        if (afterRecordedAt == null) {
            return find("accountId", newestFirst, accountId).page(0, max).list();
        }
        return find("accountId = :accountId and (recordedAt < :afterAt or (recordedAt = :afterAt and id > :afterId))",
                newestFirst, Parameters.with("accountId", accountId).and("afterAt", afterRecordedAt)
                        .and("afterId", afterId)).page(0, max).list();
    }
}
