package dev.kam.account.relationship;

import dev.kam.account.repository.AccountEntity;
import dev.kam.account.repository.ClientProblemEntity;
import dev.kam.account.repository.DossierAuditEntity;
import dev.kam.account.repository.PlanActionEntity;
import dev.kam.account.repository.PlanObjectiveEntity;
import dev.kam.account.repository.TeamMemberEntity;
import dev.kam.plumbing.outbox.OutboxEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * Accounts and dossier rows written straight into the test database, so these tests do not depend
 * on the account endpoints: every account is new (unique legal id), owned by kate as KAM, with tom
 * as a team member.
 */
@ApplicationScoped
public class RelationshipFixtures {

    public static final String KATE = "00000000-0000-4000-8000-000000000001";
    public static final String TOM = "00000000-0000-4000-8000-000000000002";
    public static final String SAM = "00000000-0000-4000-8000-000000000003";
    public static final String DIANA = "00000000-0000-4000-8000-000000000004";
    public static final String MAX = "00000000-0000-4000-8000-000000000005";
    public static final String EVE = "00000000-0000-4000-8000-000000000007";
    public static final String ADA = "00000000-0000-4000-8000-000000000008";

    private final EntityManager entityManager;

    RelationshipFixtures(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** A KEY account registered yesterday, contact every 30 days, never contacted. */
    @Transactional
    public UUID keyAccount() {
        return account(Instant.now().minus(1, ChronoUnit.DAYS), null, 30, "KEY");
    }

    /** An account with kate as owner and KAM and tom as team member, plus any {@code extraMembers}. */
    @Transactional
    public UUID account(Instant registeredAt, Instant lastContactAt, int cadenceDays, String status,
            String... extraMembers) {
        AccountEntity account = new AccountEntity();
        account.id = UUID.randomUUID();
        account.name = "Relationship test " + account.id.toString().substring(0, 8);
        account.legalId = "H2-" + account.id;
        account.status = status;
        account.marketState = "PROSPECT".equals(status) ? "INDEPENDENT" : null;
        account.contactCadenceDays = cadenceDays;
        account.comparisonRule = "SAME_PERIOD_PREVIOUS_YEAR";
        account.ownerId = KATE;
        account.registeredAt = registeredAt.truncatedTo(ChronoUnit.MICROS);
        account.updatedAt = account.registeredAt;
        account.lastContactAt = lastContactAt == null ? null : lastContactAt.truncatedTo(ChronoUnit.MICROS);
        entityManager.persist(account);
        member(account, KATE, "KAM", "Leads the account");
        member(account, TOM, "TEAM_MEMBER", "Logistics");
        for (String extra : extraMembers) {
            member(account, extra, "TEAM_MEMBER", "Support");
        }
        return account.id;
    }

    @Transactional
    public UUID problem(UUID accountId, String importance, String status, LocalDate openedOn, String ownerId) {
        ClientProblemEntity problem = new ClientProblemEntity();
        problem.id = UUID.randomUUID();
        problem.accountId = accountId;
        problem.title = "Problem " + problem.id.toString().substring(0, 8);
        problem.importance = importance;
        problem.weCanSolve = true;
        problem.ownerId = ownerId;
        problem.status = status;
        problem.openedOn = openedOn;
        problem.resolvedOn = "SOLVED".equals(status) || "DROPPED".equals(status) ? openedOn : null;
        problem.updatedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        entityManager.persist(problem);
        return problem.id;
    }

    @Transactional
    public UUID objective(UUID accountId) {
        PlanObjectiveEntity objective = new PlanObjectiveEntity();
        objective.id = UUID.randomUUID();
        objective.accountId = accountId;
        objective.title = "Keep the framework contract";
        objective.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        entityManager.persist(objective);
        return objective.id;
    }

    @Transactional
    public UUID action(UUID accountId, UUID objectiveId, String ownerId, LocalDate dueOn, String status) {
        PlanActionEntity action = new PlanActionEntity();
        action.id = UUID.randomUUID();
        action.accountId = accountId;
        action.objectiveId = objectiveId;
        action.title = "Action " + action.id.toString().substring(0, 8);
        action.ownerId = ownerId;
        action.dueOn = dueOn;
        action.status = status;
        action.completedOn = "DONE".equals(status) || "CANCELLED".equals(status) ? dueOn : null;
        entityManager.persist(action);
        return action.id;
    }

    @Transactional
    public AccountEntity reloadAccount(UUID accountId) {
        AccountEntity account = entityManager.find(AccountEntity.class, accountId);
        entityManager.detach(account);
        return account;
    }

    @Transactional
    public long count(String entity, UUID accountId) {
        return entityManager.createQuery("select count(e) from " + entity + " e where e.accountId = :id", Long.class)
                .setParameter("id", accountId).getSingleResult();
    }

    @Transactional
    public List<DossierAuditEntity> audit(UUID accountId) {
        return entityManager.createQuery("from DossierAuditEntity where accountId = :id order by id",
                DossierAuditEntity.class).setParameter("id", accountId).getResultList();
    }

    @Transactional
    public List<OutboxEvent> outbox(String key) {
        return entityManager.createQuery("from OutboxEvent where key = :key order by occurredAt", OutboxEvent.class)
                .setParameter("key", key).getResultList();
    }

    /** The outbox rows of one event type (health events follow many changes, so tests pick their own type). */
    public List<OutboxEvent> outbox(String key, String type) {
        return outbox(key).stream().filter(event -> event.type.equals(type)).toList();
    }

    private void member(AccountEntity account, String userId, String role, String zone) {
        TeamMemberEntity member = new TeamMemberEntity();
        member.key = new TeamMemberEntity.Key(account.id, userId);
        member.account = account;
        member.teamRole = role;
        member.zone = zone;
        member.joinedAt = account.registeredAt;
        entityManager.persist(member);
        account.members.add(member);
    }
}
