package dev.kam.account.repository;

import dev.kam.account.domain.dossier.BuyingCentreRole;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * account-service's replica of contact-service's buying-centre facts: each account's coverage and the
 * departures of client people (for the cooling signals), and the client people's names (for the
 * interactions they took part in).
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
     * Forgets everything kept about one client person (his name, his departure: role and date); answers
     * how many rows went. Interactions keep the bare id, which names nobody once contact-service erased him.
     */
    public int erase(UUID stakeholderId) {
        int names = entityManager.createNativeQuery("delete from stakeholder_name where stakeholder_id = :stakeholder")
                .setParameter("stakeholder", stakeholderId)
                .executeUpdate();
        return names + entityManager.createNativeQuery(
                        "delete from stakeholder_departure where stakeholder_id = :stakeholder")
                .setParameter("stakeholder", stakeholderId)
                .executeUpdate();
    }

    /** Keeps a client person's name unless a newer one is already kept (an older event may arrive late). */
    public void keepName(UUID stakeholderId, UUID accountId, String name, Instant namedAt) {
        entityManager.createNativeQuery("""
                        insert into stakeholder_name (stakeholder_id, account_id, name, named_at)
                        values (:stakeholder, :account, :name, :at)
                        on conflict (stakeholder_id) do update set
                            account_id = excluded.account_id, name = excluded.name, named_at = excluded.named_at
                        where stakeholder_name.named_at <= excluded.named_at""")
                .setParameter("stakeholder", stakeholderId)
                .setParameter("account", accountId)
                .setParameter("name", name)
                .setParameter("at", namedAt)
                .executeUpdate();
    }

    /** The names kept for these people of one account; people unknown here (or erased) are missing. */
    public Map<UUID, String> namesOf(UUID accountId, Collection<UUID> stakeholderIds) {
        if (stakeholderIds.isEmpty()) {
            return Map.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                        select stakeholder_id, name from stakeholder_name
                        where account_id = :account and stakeholder_id in (:ids)""")
                .setParameter("account", accountId)
                .setParameter("ids", stakeholderIds)
                .getResultList();
        Map<UUID, String> names = new HashMap<>();
        rows.forEach(row -> names.put((UUID) row[0], (String) row[1]));
        return names;
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
