package dev.kam.contact.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.UUID;

/**
 * Copies of a person's name outside this service's own tables: event payloads still in the outbox
 * and stored first responses for idempotent retries. Erasure removes them too, so "every table of
 * this service" holds nothing about him (docs/adr/0014).
 */
@ApplicationScoped
public class PublishedTraces {

    private final EntityManager entityManager;

    PublishedTraces(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Sent events about the person are deleted (the broker has them; consumers act on the erasure
     * event); unsent ones keep their place in the order, with the name replaced.
     */
    public void eraseFromOutbox(UUID stakeholderId, String placeholderName) {
        entityManager.createNativeQuery("""
                        delete from outbox_event where subject = :subject and sent_at is not null""")
                .setParameter("subject", stakeholderId.toString())
                .executeUpdate();
        entityManager.createNativeQuery("""
                        update outbox_event
                        set payload = cast(jsonb_set(cast(payload as jsonb), '{name}', to_jsonb(cast(:name as text)))
                            as text)
                        where subject = :subject and jsonb_exists(cast(payload as jsonb), 'name')""")
                .setParameter("subject", stakeholderId.toString())
                .setParameter("name", placeholderName)
                .executeUpdate();
    }

    /** A stored response that mentions the person can no longer be replayed; the retry window is lost. */
    public void eraseFromStoredResponses(UUID stakeholderId) {
        entityManager.createNativeQuery("delete from idempotency_record where body like :id")
                .setParameter("id", "%" + stakeholderId + "%")
                .executeUpdate();
    }
}
