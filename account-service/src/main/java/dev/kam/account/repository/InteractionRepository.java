package dev.kam.account.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class InteractionRepository implements PanacheRepositoryBase<InteractionEntity, UUID> {

    public Optional<InteractionEntity> findInAccount(UUID accountId, UUID interactionId) {
        return find("id = ?1 and accountId = ?2", interactionId, accountId).firstResultOptional();
    }

    /** Up to {@code max} interactions, newest first; ties in time broken by id so pages never overlap. */
    public List<InteractionEntity> page(InteractionQuery query, int max) {
        List<String> where = new ArrayList<>(List.of("accountId = :accountId"));
        Parameters parameters = Parameters.with("accountId", query.accountId());
        if (query.kind() != null) {
            where.add("kind = :kind");
            parameters.and("kind", query.kind());
        }
        if (query.outcome() != null) {
            where.add("outcome = :outcome");
            parameters.and("outcome", query.outcome());
        }
        if (query.from() != null) {
            where.add("occurredAt >= :from");
            parameters.and("from", query.from());
        }
        if (query.to() != null) {
            where.add("occurredAt < :to");
            parameters.and("to", query.to());
        }
        if (query.afterOccurredAt() != null) {
            where.add("(occurredAt < :afterAt or (occurredAt = :afterAt and id > :afterId))");
            parameters.and("afterAt", query.afterOccurredAt()).and("afterId", query.afterId());
        }
        return find(String.join(" and ", where), Sort.descending("occurredAt").and("id", Sort.Direction.Ascending),
                parameters).page(0, max).list();
    }

    /** Moves the account's last contact forward to {@code at}, never back. */
    public void advanceLastContact(UUID accountId, Instant at) {
        // A targeted update rather than a change of the loaded AccountEntity: logging a call must not
        // bump the dossier's version and turn the profile edit someone has open into a 412.
        getEntityManager().createQuery("""
                        update AccountEntity a set a.lastContactAt = :at
                        where a.id = :accountId and (a.lastContactAt is null or a.lastContactAt < :at)""")
                .setParameter("at", at)
                .setParameter("accountId", accountId)
                .executeUpdate();
    }
}
