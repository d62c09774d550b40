package dev.kam.account.service.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kam.account.repository.DossierAuditEntity;
import dev.kam.account.service.access.AccountAccess;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * The audit trail of a dossier: every change is written here, in the transaction of the change,
 * with the acting user and what changed (field to new value; never personal data of stakeholders).
 */
@ApplicationScoped
public class DossierAudit {

    private final EntityManager entityManager;
    private final AccountAccess access;
    private final ObjectMapper objectMapper;
    private final Clock clock;

    DossierAudit(EntityManager entityManager, AccountAccess access, ObjectMapper objectMapper, Clock clock) {
        this.entityManager = entityManager;
        this.access = access;
        this.objectMapper = objectMapper;
        this.clock = clock;
    }

    /**
     * Records one change by the current caller.
     *
     * @param action  what was done, e.g. {@code PROFILE_CHANGED}, {@code MEMBER_ADDED}
     * @param changes what changed: field names to their new values
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(UUID accountId, String action, Map<String, ?> changes) {
        DossierAuditEntity entry = new DossierAuditEntity();
        entry.accountId = accountId;
        entry.actorId = access.caller().userId().value();
        entry.at = Instant.now(clock);
        entry.action = action;
        entry.changes = toJson(changes);
        entityManager.persist(entry);
    }

    private String toJson(Map<String, ?> changes) {
        try {
            return objectMapper.writeValueAsString(changes);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Audit changes cannot be written as JSON", e);
        }
    }
}
