package dev.kam.contact.repository;

import dev.kam.contact.domain.history.ContactHistory;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
public class ContactHistoryRepository implements PanacheRepositoryBase<ContactHistoryEntity, UUID> {

    /** The history of one person; none when no logged interaction named him. */
    public ContactHistory of(UUID stakeholderId) {
        ContactHistoryEntity kept = findById(stakeholderId);
        return kept == null ? ContactHistory.none() : kept.history();
    }

    /** The histories of an account's people who were informed at least once, by stakeholder id. */
    public Map<UUID, ContactHistory> ofAccount(UUID accountId) {
        return list("accountId", accountId).stream()
                .collect(Collectors.toMap(h -> h.stakeholderId, ContactHistoryEntity::history));
    }

    /** Erasure: when the person was met is personal data too. */
    public long forget(UUID stakeholderId) {
        return delete("stakeholderId", stakeholderId);
    }
}
