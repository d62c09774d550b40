package dev.kam.account.repository;

import dev.kam.account.domain.dossier.BuyingCentreRole;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * account-service's replica of contact-service's buying-centre facts that the cooling signals need:
 * each account's coverage and the departures of client people.
 */
@ApplicationScoped
public class StakeholderReplicaRepository {

    private final EntityManager entityManager;

    StakeholderReplicaRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Keeps the account's coverage unless a newer report is already kept (an older one may arrive late). */
    public void keepCoverage(UUID accountId, int stakeholderCount, boolean leaderCovered, boolean onlyButlerReachable,
            int relationshipHolders, Instant assessedAt) {
        entityManager.createNativeQuery("""
                        insert into stakeholder_coverage (account_id, stakeholder_count, leader_covered,
                            only_butler_reachable, relationship_holders, assessed_at)
                        values (:account, :count, :leader, :butler, :holders, :at)
                        on conflict (account_id) do update set
                            stakeholder_count = excluded.stakeholder_count,
                            leader_covered = excluded.leader_covered,
                            only_butler_reachable = excluded.only_butler_reachable,
                            relationship_holders = excluded.relationship_holders,
                            assessed_at = excluded.assessed_at
                        where stakeholder_coverage.assessed_at <= excluded.assessed_at""")
                .setParameter("account", accountId)
                .setParameter("count", stakeholderCount)
                .setParameter("leader", leaderCovered)
                .setParameter("butler", onlyButlerReachable)
                .setParameter("holders", relationshipHolders)
                .setParameter("at", assessedAt)
                .executeUpdate();
    }

    /**
     * Forgets everything kept about one client person (their departure: role and date); answers how
     * many rows went. Interactions keep the bare id, which names nobody once contact-service erased them.
     */
    public int erase(UUID stakeholderId) {
        return entityManager.createNativeQuery("delete from stakeholder_departure where stakeholder_id = :stakeholder")
                .setParameter("stakeholder", stakeholderId)
                .executeUpdate();
    }

    /** Keeps a client person's departure (the latest word on that person wins). */
    public void keepDeparture(UUID stakeholderId, UUID accountId, BuyingCentreRole role, LocalDate leftOn) {
        entityManager.createNativeQuery("""
                        insert into stakeholder_departure (stakeholder_id, account_id, role, left_on)
                        values (:stakeholder, :account, :role, :leftOn)
                        on conflict (stakeholder_id) do update set
                            account_id = excluded.account_id, role = excluded.role, left_on = excluded.left_on""")
                .setParameter("stakeholder", stakeholderId)
                .setParameter("account", accountId)
                .setParameter("role", role.name())
                .setParameter("leftOn", leftOn)
                .executeUpdate();
    }
}
