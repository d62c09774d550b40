package dev.kam.plumbing.replica;

import dev.kam.plumbing.AdvisoryLockSpaces;
import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The replicated accounts and the questions every service asks of them: who serves which account. */
@IfBuildProperty(name = AccountReplicaSwitch.ENABLED, stringValue = "true")
@ApplicationScoped
public class AccountReplicaRepository implements PanacheRepositoryBase<AccountReplicaEntity, UUID> {

    /** The first key of this service's per-account advisory locks (the second is the account's hash). */
    static final int ACCOUNT_LOCK_SPACE = AdvisoryLockSpaces.ACCOUNTS;

    /**
     * Holds the account until the transaction ends. Every change of the account's replica takes it, and
     * so must work that reads the team together with facts of its own about the account (a purchase
     * that recomputes the team's pay drafts): two consumers that each read before the other commits
     * would otherwise both miss the other's change - the team joins, the purchase lands, and no draft
     * shows it. Each transaction holds at most one account, so the locks cannot deadlock.
     */
    public void lockAccount(UUID accountId) {
        getEntityManager().createNativeQuery("select count(*) from pg_advisory_xact_lock(:space, :key)")
                .setParameter("space", ACCOUNT_LOCK_SPACE)
                .setParameter("key", accountId.hashCode())
                .getSingleResult();
    }

    /** The accounts whose team the person is on, in any role. */
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

    /** The accounts the person works on: on the team in any role, lost accounts left out (no more work). */
    public List<AccountReplicaEntity> workedOnBy(String userId) {
        return getEntityManager().createQuery("""
                select a from AccountReplicaEntity a join a.members m
                where key(m) = :userId and (a.status is null or a.status <> 'LOST') order by a.accountId""",
                AccountReplicaEntity.class)
                .setParameter("userId", userId)
                .getResultList();
    }

    /** Which of these accounts the replica knows. */
    public Set<UUID> known(Collection<UUID> accountIds) {
        if (accountIds.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(getEntityManager().createQuery(
                "select a.accountId from AccountReplicaEntity a where a.accountId in :ids", UUID.class)
                .setParameter("ids", accountIds)
                .getResultList());
    }
}
