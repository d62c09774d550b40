package dev.kam.incentive.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class AccountReplicaRepository implements PanacheRepositoryBase<AccountReplicaEntity, UUID> {

    /** The accounts whose team the employee is on, in any role. */
    public List<UUID> accountsServedBy(String userId) {
        return getEntityManager().createQuery("""
                select a.accountId from AccountReplicaEntity a join a.members m
                where key(m) = :userId order by a.accountId""", UUID.class)
                .setParameter("userId", userId)
                .getResultList();
    }

    /** The user ids on the account's team; empty for an account not (yet) replicated. */
    public Set<String> teamOf(UUID accountId) {
        AccountReplicaEntity account = findById(accountId);
        return account == null ? Set.of() : Set.copyOf(account.members.keySet());
    }
}
