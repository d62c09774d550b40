package dev.kam.plumbing.testapp;

import dev.kam.plumbing.inbox.InboundEvent;
import dev.kam.plumbing.inbox.Inbox;
import dev.kam.plumbing.inbox.PoisonEventException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** Counts how often each key was applied; the inbox makes a redelivery a no-op. */
@ApplicationScoped
public class TallyApplier {

    static final String CONSUMER = "plumbing-test-tally";
    static final String KNOWN_TYPE = "dev.kam.plumbing-test.tallied.v1";

    private final Inbox inbox;
    private final EntityManager entityManager;

    TallyApplier(Inbox inbox, EntityManager entityManager) {
        this.inbox = inbox;
        this.entityManager = entityManager;
    }

    @Transactional
    public void apply(InboundEvent event) {
        if (!KNOWN_TYPE.equals(event.type())) {
            throw new PoisonEventException("Unknown event type " + event.type());
        }
        if (!inbox.firstDelivery(CONSUMER, event.id())) {
            return;
        }
        entityManager.createNativeQuery("""
                insert into tally (event_key, applied) values (:key, 1)
                on conflict (event_key) do update set applied = tally.applied + 1""")
                .setParameter("key", event.key())
                .executeUpdate();
    }

    @Transactional
    public int appliedCount(String key) {
        var rows = entityManager.createNativeQuery("select applied from tally where event_key = :key")
                .setParameter("key", key)
                .getResultList();
        return rows.isEmpty() ? 0 : ((Number) rows.get(0)).intValue();
    }
}
