package dev.kam.account.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ValueCaseRepository implements PanacheRepositoryBase<ValueCaseEntity, UUID> {

    public Optional<ValueCaseEntity> findOf(UUID accountId, UUID caseId) {
        return find("id = ?1 and accountId = ?2", caseId, accountId).firstResultOptional();
    }

    /** A page of the account's cases, newest first; {@code after} is the last (createdAt, id) of the page before. */
    public List<ValueCaseEntity> pageOf(UUID accountId, Instant afterCreatedAt, UUID afterId, int limit) {
        if (afterCreatedAt == null) {
            return find("accountId = ?1 order by createdAt desc, id desc", accountId).page(0, limit).list();
        }
        return find("accountId = ?1 and (createdAt < ?2 or (createdAt = ?2 and id < ?3))"
                + " order by createdAt desc, id desc", accountId, afterCreatedAt, afterId)
                .page(0, limit).list();
    }
}
