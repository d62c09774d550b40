package dev.kam.account.rest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kam.account.repository.AccountEntity;
import dev.kam.account.repository.LossReviewEntity;
import dev.kam.account.repository.TeamMemberEntity;
import dev.kam.events.EventSchemaValidator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Test data and inspection straight through the database: accounts with a given team (so a test
 * running as eve or max has something to look at), and the outbox, audit and departure rows a use
 * case left behind.
 */
@ApplicationScoped
public class Dossiers {

    private final EntityManager entityManager;

    Dossiers(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** A unique legal identifier, so tests sharing a database never collide. */
    static String newLegalId() {
        return "T-" + UUID.randomUUID().toString().substring(0, 23);
    }

    /** A registration body as a KAM would send it: a prospect, independent. */
    static Map<String, Object> registration(String legalId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", "Nordhafen Logistik " + legalId);
        body.put("legalId", legalId);
        body.put("industry", "Logistics");
        body.put("segment", "Large enterprise");
        body.put("region", "North");
        body.put("travelDistanceKm", 42);
        body.put("travelTimeMinutes", 50);
        body.put("marketState", "INDEPENDENT");
        body.put("annualPotential", Map.of("amount", "1250000.00", "currency", "EUR"));
        body.put("purchasingCentralisation", "HIGH");
        body.put("competitionLevel", "MEDIUM");
        body.put("internalCoordination", "LOW");
        body.put("deliveryFulfilmentRate", 96.5);
        return body;
    }

    /** An account of the given status owned by {@code ownerId}, with more members given as user id to role. */
    @Transactional
    public UUID create(String name, String status, String ownerId, Map<String, String> otherMembers) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        AccountEntity account = new AccountEntity();
        account.id = UUID.randomUUID();
        account.name = name;
        account.legalId = newLegalId();
        account.segment = "Mid-market";
        account.status = status;
        account.marketState = "PROSPECT".equals(status) ? "INDEPENDENT" : null;
        account.contactCadenceDays = 30;
        account.comparisonRule = "SAME_PERIOD_PREVIOUS_YEAR";
        account.ownerId = ownerId;
        account.registeredAt = now;
        account.updatedAt = now;
        Map<String, String> members = new LinkedHashMap<>();
        members.put(ownerId, "KAM");
        members.putAll(otherMembers);
        members.forEach((userId, role) -> {
            TeamMemberEntity member = new TeamMemberEntity();
            member.key = new TeamMemberEntity.Key(account.id, userId);
            member.account = account;
            member.teamRole = role;
            member.zone = role + " zone";
            member.joinedAt = now;
            account.members.add(member);
        });
        entityManager.persist(account);
        return account.id;
    }

    @Transactional
    public UUID create(String status, String ownerId, Map<String, String> otherMembers) {
        return create("Account " + UUID.randomUUID(), status, ownerId, otherMembers);
    }

    /** What the health assessment would have written. */
    @Transactional
    public void setHealthBand(UUID accountId, int score, String band) {
        AccountEntity account = entityManager.find(AccountEntity.class, accountId);
        account.healthScore = score;
        account.healthBand = band;
        account.healthAssessedAt = Instant.now();
    }

    /** A completed idempotency record of another request (hash of nothing real), created at {@code at}. */
    @Transactional
    public void addIdempotencyRecord(String callerId, String key, String operation, Instant at) {
        entityManager.createNativeQuery("""
                insert into idempotency_record (caller_id, idem_key, operation, request_hash, status, created_at)
                values (:caller, :key, :operation, :hash, 201, :at)""")
                .setParameter("caller", callerId)
                .setParameter("key", key)
                .setParameter("operation", operation)
                .setParameter("hash", "0".repeat(64))
                .setParameter("at", at)
                .executeUpdate();
    }

    @Transactional
    public long idempotencyRecords(String callerId, String key) {
        return ((Number) entityManager.createNativeQuery(
                        "select count(*) from idempotency_record where caller_id = :caller and idem_key = :key")
                .setParameter("caller", callerId)
                .setParameter("key", key)
                .getSingleResult()).longValue();
    }

    /** One outbox row. */
    record Event(String type, String key, String payload) {
    }

    @Transactional
    public List<Event> eventsOf(UUID accountId) {
        List<Object[]> rows = entityManager.createNativeQuery("""
                select event_type, event_key, payload from outbox_event
                where event_key = :key order by sequence_no""", Object[].class)
                .setParameter("key", accountId.toString())
                .getResultList();
        return rows.stream().map(row -> new Event((String) row[0], (String) row[1], (String) row[2])).toList();
    }

    /** The account's events of one type, each checked against its JSON Schema. */
    List<Event> validEventsOf(UUID accountId, String type) {
        List<Event> events = eventsOf(accountId).stream().filter(event -> event.type().equals(type)).toList();
        events.forEach(event -> assertThat(EventSchemaValidator.violations(event.type(), event.payload()))
                .as("schema violations of %s", event.payload())
                .isEmpty());
        return events;
    }

    @Transactional
    public List<String> auditActionsOf(UUID accountId) {
        return entityManager.createQuery(
                        "select e.action from DossierAuditEntity e where e.accountId = :id order by e.id", String.class)
                .setParameter("id", accountId)
                .getResultList();
    }

    @Transactional
    public long accountsWithLegalId(String legalId) {
        return entityManager.createQuery("select count(a) from AccountEntity a where a.legalId = :legalId", Long.class)
                .setParameter("legalId", legalId)
                .getSingleResult();
    }

    @Transactional
    public Map<String, Object> storedAccount(UUID accountId) {
        AccountEntity account = entityManager.find(AccountEntity.class, accountId);
        Map<String, Object> stored = new HashMap<>();
        stored.put("name", account.name);
        stored.put("status", account.status);
        stored.put("marketState", account.marketState);
        stored.put("ownerId", account.ownerId);
        stored.put("version", account.version);
        stored.put("members", account.members.stream()
                .map(member -> member.userId() + ":" + member.teamRole).sorted().toList());
        return stored;
    }

    @Transactional
    public List<Object[]> departuresOf(UUID accountId) {
        return entityManager.createNativeQuery(
                        "select user_id, relationships_held from team_departure where account_id = :id", Object[].class)
                .setParameter("id", accountId)
                .getResultList();
    }

    /** A loss review written straight into the table, a moment after the previous one. */
    @Transactional
    public void addLossReview(UUID accountId, String cause, String lessons, String reviewedBy) {
        Instant latest = (Instant) entityManager.createQuery("select max(r.reviewedAt) from LossReviewEntity r")
                .getSingleResult();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        LossReviewEntity review = new LossReviewEntity();
        review.id = UUID.randomUUID();
        review.accountId = accountId;
        review.causes = "[\"" + cause + "\"]";
        review.lessons = lessons;
        review.reviewedBy = reviewedBy;
        review.reviewedAt = latest != null && !now.isAfter(latest) ? latest.plus(1, ChronoUnit.MICROS) : now;
        entityManager.persist(review);
    }

    @Transactional
    public long lossReviewsOf(UUID accountId) {
        return ((Number) entityManager.createNativeQuery("select count(*) from loss_review where account_id = :id")
                .setParameter("id", accountId)
                .getSingleResult()).longValue();
    }
}
