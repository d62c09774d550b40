package dev.kam.plumbing.testapp;

import dev.kam.plumbing.replica.AccountStatusReplaced;
import dev.kam.plumbing.replica.AccountTeamReplaced;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a service does on top of the replica, reduced to a witness: the announcements it got and what
 * a query of its own could read at that moment (the change must already be flushed).
 */
@ApplicationScoped
public class ReplicaAnnouncements {

    private final EntityManager entityManager;
    private final Map<UUID, Integer> membersSeen = new ConcurrentHashMap<>();
    private final Map<UUID, AccountTeamReplaced> lastTeam = new ConcurrentHashMap<>();
    private final Map<UUID, String> statusSeen = new ConcurrentHashMap<>();
    private final Map<UUID, AccountStatusReplaced> lastStatus = new ConcurrentHashMap<>();

    ReplicaAnnouncements(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    void teamReplaced(@Observes AccountTeamReplaced replaced) {
        Number members = (Number) entityManager
                .createNativeQuery("select count(*) from account_replica_member where account_id = :account")
                .setParameter("account", replaced.accountId())
                .getSingleResult();
        membersSeen.put(replaced.accountId(), members.intValue());
        lastTeam.put(replaced.accountId(), replaced);
    }

    void statusReplaced(@Observes AccountStatusReplaced replaced) {
        String status = (String) entityManager
                .createNativeQuery("select status from account_replica where account_id = :account")
                .setParameter("account", replaced.accountId())
                .getSingleResult();
        statusSeen.put(replaced.accountId(), status);
        lastStatus.put(replaced.accountId(), replaced);
    }

    /** The latest announcement about the account's team. */
    public Optional<AccountTeamReplaced> lastTeam(UUID accountId) {
        return Optional.ofNullable(lastTeam.get(accountId));
    }

    /** The number of members a query saw when the account's team was last announced as replaced. */
    public Optional<Integer> membersSeen(UUID accountId) {
        return Optional.ofNullable(membersSeen.get(accountId));
    }

    /** The latest announcement about the account's status. */
    public Optional<AccountStatusReplaced> lastStatus(UUID accountId) {
        return Optional.ofNullable(lastStatus.get(accountId));
    }

    /** The status a query saw when the account's status was last announced. */
    public Optional<String> statusSeen(UUID accountId) {
        return Optional.ofNullable(statusSeen.get(accountId));
    }
}
