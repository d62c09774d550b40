package dev.kam.account.repository;

import dev.kam.account.domain.status.AccountStatus;
import dev.kam.account.domain.team.TeamRole;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;

/**
 * The accounts a person serves, as owner or on the team, in one query (no team loaded per account),
 * sorted like the account list: lower-cased name, then id.
 */
@ApplicationScoped
public class ServedAccountsQuery {

    /**
     * One account and how the person serves it. {@code teamRole} and {@code zone} are null only for an
     * owner missing from the team, which the domain never writes but the row would still show.
     */
    public record ServedAccount(UUID accountId, String name, AccountStatus status, boolean owner, TeamRole teamRole,
            String zone) {
    }

    private final EntityManager entityManager;

    ServedAccountsQuery(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public List<ServedAccount> servedBy(String userId) {
        return entityManager.createQuery("""
                        select a.id, a.name, a.status, case when a.ownerId = :user then true else false end,
                            m.teamRole, m.zone
                        from AccountEntity a left join a.members m on m.key.userId = :user
                        where a.ownerId = :user or m.key.userId = :user
                        order by lower(a.name), a.id""", Object[].class)
                .setParameter("user", userId)
                .getResultList().stream()
                .map(row -> new ServedAccount((UUID) row[0], (String) row[1], (AccountStatus) row[2],
                        (Boolean) row[3], (TeamRole) row[4], (String) row[5]))
                .toList();
    }
}
