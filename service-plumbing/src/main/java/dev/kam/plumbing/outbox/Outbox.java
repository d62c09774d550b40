package dev.kam.plumbing.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kam.events.EventType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * Records events in the service's database, in the caller's transaction: the event exists if and
 * only if the change it describes was committed. {@link OutboxRelay} publishes it afterwards.
 */
@ApplicationScoped
public class Outbox {

    private final EntityManager entityManager;
    private final ObjectMapper objectMapper;
    private final Event<OutboxEventRecorded> recorded;
    private final Clock clock;

    Outbox(EntityManager entityManager, ObjectMapper objectMapper, Event<OutboxEventRecorded> recorded,
            Clock clock) {
        this.entityManager = entityManager;
        this.objectMapper = objectMapper;
        this.recorded = recorded;
        this.clock = clock;
    }

    /**
     * Records one event.
     *
     * @param type    what happened
     * @param key     the Kafka key: the account id the event belongs to
     * @param subject the thing the event is about (CloudEvents {@code subject}), e.g. an interaction id
     * @param payload the payload record
     * @return the event id (CloudEvents {@code id})
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <P> UUID record(EventType<P> type, String key, String subject, P payload) {
        OutboxEvent event = new OutboxEvent();
        event.id = UUID.randomUUID();
        event.topic = type.topic();
        event.key = key;
        event.type = type.type();
        event.subject = subject;
        event.occurredAt = Instant.now(clock);
        event.payload = toJson(payload);
        entityManager.persist(event);
        recorded.fire(new OutboxEventRecorded(type.topic()));
        return event.id;
    }

    private String toJson(Object payload) {
        try {
            return objectMapper.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Event payload cannot be written as JSON: " + payload.getClass(), e);
        }
    }
}
