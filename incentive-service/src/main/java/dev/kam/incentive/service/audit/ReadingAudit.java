package dev.kam.incentive.service.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kam.incentive.repository.AuditEntryEntity;
import dev.kam.incentive.repository.AuditEntryRepository;
import dev.kam.incentive.repository.AuditSubject;
import dev.kam.plumbing.problem.ProblemException;
import dev.kam.plumbing.replica.AccountReplicaRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/** The audit trail of one employee or plan, oldest first. */
@ApplicationScoped
public class ReadingAudit {

    private final AuditEntryRepository entries;
    private final AccountReplicaRepository accounts;
    private final ObjectMapper objectMapper;

    ReadingAudit(AuditEntryRepository entries, AccountReplicaRepository accounts, ObjectMapper objectMapper) {
        this.entries = entries;
        this.accounts = accounts;
        this.objectMapper = objectMapper;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditEntryView> ofEmployee(String userId) {
        List<AuditEntryView> trail = of(AuditSubject.EMPLOYEE, userId);
        // Registering writes the first entry, so an empty trail means no such employee.
        if (trail.isEmpty()) {
            throw ProblemException.notFound("Employee " + userId);
        }
        return trail;
    }

    /** How an assignment is named as an audit subject. */
    public static String assignmentSubject(UUID accountId, String userId) {
        return accountId + "/" + userId;
    }

    /** The ratings of one employee's assignment to one account. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditEntryView> ofAssignment(UUID accountId, String userId) {
        List<AuditEntryView> trail = of(AuditSubject.ASSIGNMENT_RATING, assignmentSubject(accountId, userId));
        // a past assignment keeps its trail; without one, only a current assignment exists
        if (trail.isEmpty() && !accounts.teamOf(accountId).contains(userId)) {
            throw ProblemException.notFound("Assignment of " + userId + " to account " + accountId);
        }
        return trail;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditEntryView> of(AuditSubject subject, String subjectId) {
        return entries.of(subject, subjectId).stream().map(this::view).toList();
    }

    private AuditEntryView view(AuditEntryEntity e) {
        return new AuditEntryView(e.id, e.subjectType.name(), e.subjectId, e.action, e.actor, e.at, node(e.beforeState),
                node(e.afterState));
    }

    private JsonNode node(String json) {
        if (json == null) {
            return null;
        }
        try {
            return objectMapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored audit state is not JSON", e);
        }
    }
}
