package dev.kam.account.service.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kam.account.domain.access.AccountAction;
import dev.kam.account.repository.DossierAuditEntity;
import dev.kam.account.repository.DossierAuditRepository;
import dev.kam.account.service.access.AccountAccess;
import dev.kam.plumbing.paging.Cursor;
import dev.kam.plumbing.paging.KeysetPages;
import dev.kam.plumbing.paging.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Reading a dossier's audit trail, newest first: for whoever may read the dossier. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ReadingAuditTrail {

    private static final TypeReference<Map<String, Object>> CHANGES = new TypeReference<>() {
    };

    private final DossierAuditRepository entries;
    private final AccountAccess access;
    private final ObjectMapper objectMapper;

    ReadingAuditTrail(DossierAuditRepository entries, AccountAccess access, ObjectMapper objectMapper) {
        this.entries = entries;
        this.access = access;
        this.objectMapper = objectMapper;
    }

    public Page<AuditEntry> page(UUID accountId, String cursor, int limit) {
        access.require(accountId, AccountAction.VIEW_DOSSIER);
        Cursor after = KeysetPages.after(cursor, 2);
        List<DossierAuditEntity> found = entries.newestFirst(accountId, KeysetPages.instant(after, 0),
                KeysetPages.number(after, 1), limit + 1);
        return KeysetPages.page(found, limit, last -> Cursor.of(last.at.toString(), last.id.toString()), this::entry);
    }

    private AuditEntry entry(DossierAuditEntity stored) {
        try {
            return new AuditEntry(stored.id, stored.actorId, stored.at, stored.action,
                    objectMapper.readValue(stored.changes, CHANGES));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Audit entry " + stored.id + " is not JSON", e);
        }
    }
}
