package dev.kam.account.repository;

import dev.kam.account.domain.health.HealthBand;
import dev.kam.account.domain.status.AccountStatus;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.jpa.HibernateHints;

@ApplicationScoped
public class AccountRepository implements PanacheRepositoryBase<AccountEntity, UUID> {

    public Optional<AccountEntity> findByLegalId(String legalId) {
        return find("legalId", legalId).firstResultOptional();
    }

    /** One account listed with the key it is sorted by (its lower-cased name, then its id). */
    public record Listed(AccountEntity account, String sortName) {
    }

    /** Up to {@code limit} accounts matching the query, sorted by lower-cased name, then id. */
    public List<Listed> list(AccountListQuery query, int limit) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (query.teamMemberId() != null) {
            where.append(" and exists (select 1 from TeamMemberEntity m"
                    + " where m.account = a and m.key.userId = :member)");
            parameters.put("member", query.teamMemberId());
        }
        if (query.status() != null) {
            where.append(" and a.status = :status");
            parameters.put("status", query.status());
        }
        if (query.segment() != null) {
            where.append(" and lower(a.segment) = lower(:segment)");
            parameters.put("segment", query.segment());
        }
        if (query.ownerId() != null) {
            where.append(" and a.ownerId = :owner");
            parameters.put("owner", query.ownerId());
        }
        if (query.healthBand() != null) {
            where.append(" and a.healthBand = :band");
            parameters.put("band", query.healthBand());
        }
        if (query.nameContains() != null) {
            where.append(" and lower(a.name) like lower(:name) escape '\\'");
            parameters.put("name", LikePatterns.containing(query.nameContains()));
        }
        if (query.afterName() != null) {
            // the leading ">=" is the index range's start: the "or" alone is only a filter, and each
            // page would read every row of the pages before it
            where.append(" and lower(a.name) >= :afterName"
                    + " and (lower(a.name) > :afterName or (lower(a.name) = :afterName and a.id > :afterId))");
            parameters.put("afterName", query.afterName());
            parameters.put("afterId", query.afterId());
        }
        TypedQuery<Object[]> select = getEntityManager().createQuery(
                "select a, lower(a.name) from AccountEntity a" + where + " order by lower(a.name), a.id",
                Object[].class);
        parameters.forEach(select::setParameter);
        return select.setMaxResults(limit).getResultList().stream()
                .map(row -> new Listed((AccountEntity) row[0], (String) row[1]))
                .toList();
    }

    /**
     * The account with its team, in one statement: every access check reads the team, and loading it
     * lazily took a second round trip on each dossier read (issue 11 P2).
     */
    public Optional<AccountEntity> withTeamById(UUID id) {
        return getEntityManager().createQuery(
                        "select a from AccountEntity a left join fetch a.members where a.id = :id", AccountEntity.class)
                .setParameter("id", id)
                .getResultStream()
                .findFirst();
    }

    /**
     * The accounts with these ids, each with its team loaded (one query for a whole batch), read only:
     * for checking a batch against them, not for changing them.
     */
    public List<AccountEntity> withTeamsById(Collection<UUID> ids) {
        return withTeams("a.id in :keys", ids);
    }

    /** The accounts with these legal ids, each with its team loaded, read only. */
    public List<AccountEntity> withTeamsByLegalId(Collection<String> legalIds) {
        return withTeams("a.legalId in :keys", legalIds);
    }

    private List<AccountEntity> withTeams(String condition, Collection<?> keys) {
        // Read only: Hibernate keeps no copy of 5,000 accounts and their teams to compare at flush.
        return getEntityManager().createQuery(
                        "select distinct a from AccountEntity a left join fetch a.members where " + condition,
                        AccountEntity.class)
                .setParameter("keys", keys)
                .setHint(HibernateHints.HINT_READ_ONLY, true)
                .getResultList();
    }

    /** The ids of every account that is not lost, in id order (the scheduled health pass walks them). */
    public List<UUID> idsNotLost() {
        return getEntityManager().createQuery(
                        "select a.id from AccountEntity a where a.status <> :lost order by a.id", UUID.class)
                .setParameter("lost", AccountStatus.LOST)
                .getResultList();
    }

    /** Keeps the latest assessment on the account row, where lists and filters read it. */
    public void recordHealth(UUID accountId, int score, HealthBand band, Instant at) {
        getEntityManager().createNativeQuery("""
                        update account set health_score = :score, health_band = :band, health_assessed_at = :at
                        where id = :id""")
                .setParameter("score", score)
                .setParameter("band", band.name())
                .setParameter("at", at)
                .setParameter("id", accountId)
                .executeUpdate();
    }
}
