package dev.kam.incentive.service.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kam.incentive.repository.AuditEntryEntity;
import dev.kam.incentive.repository.AuditEntryRepository;
import dev.kam.incentive.repository.AuditSubject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * Writes the audit entry of a change in the change's own transaction: a change without its entry
 * cannot commit. The states are the views the caller saw, so the trail reads like the API.
 */
@ApplicationScoped
public class AuditTrail {

    private final AuditEntryRepository entries;
    private final ObjectMapper objectMapper;
    private final Clock clock;

    AuditTrail(AuditEntryRepository entries, ObjectMapper objectMapper, Clock clock) {
        this.entries = entries;
        this.objectMapper = objectMapper;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(AuditSubject subject, String subjectId, String action, String actor, Object before,
            Object after) {
        AuditEntryEntity entry = new AuditEntryEntity();
        entry.id = UUID.randomUUID();
        entry.subjectType = subject;
        entry.subjectId = subjectId;
        entry.action = action;
        entry.actor = actor;
        entry.at = Instant.now(clock);
        entry.beforeState = json(before);
        entry.afterState = json(after);
        entries.persist(entry);
    }

    private String json(Object state) {
        if (state == null) {
            return null;
        }
        try {
            return objectMapper.writeValueAsString(state);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An audit state could not be written as JSON", e);
        }
    }
}
