package dev.kam.plumbing.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The outbox as operators see it: backlog size, age of the oldest unsent event, sends and
 * failures per topic. The backlog is read after each relay pass, not on every scrape.
 */
@ApplicationScoped
public class OutboxMetrics {

    private final MeterRegistry registry;
    private final EntityManager entityManager;
    private final Clock clock;
    private final AtomicLong backlog = new AtomicLong();
    private final AtomicReference<Instant> oldestUnsent = new AtomicReference<>();

    OutboxMetrics(MeterRegistry registry, EntityManager entityManager, Clock clock) {
        this.registry = registry;
        this.entityManager = entityManager;
        this.clock = clock;
        Gauge.builder("kam.outbox.backlog", backlog, AtomicLong::get)
                .description("Events recorded but not yet acknowledged by Kafka")
                .register(registry);
        Gauge.builder("kam.outbox.oldest.unsent.age", this, m -> m.oldestUnsentAge().toMillis() / 1000.0)
                .description("Age in seconds of the oldest event not yet acknowledged by Kafka (0 when none)")
                .baseUnit("seconds")
                .register(registry);
    }

    void sent(String topic) {
        Counter.builder("kam.outbox.sent").tag("topic", topic)
                .description("Events acknowledged by Kafka").register(registry).increment();
    }

    void failed(String topic) {
        Counter.builder("kam.outbox.send.failures").tag("topic", topic)
                .description("Relay attempts the broker did not acknowledge").register(registry).increment();
    }

    void refreshBacklog() {
        Object[] row = QuarkusTransaction.requiringNew().call(() -> (Object[]) entityManager
                .createNativeQuery("select count(*), min(occurred_at) from outbox_event where sent_at is null")
                .getSingleResult());
        backlog.set(((Number) row[0]).longValue());
        oldestUnsent.set(toInstant(row[1]));
    }

    public long backlog() {
        return backlog.get();
    }

    public Duration oldestUnsentAge() {
        return Optional.ofNullable(oldestUnsent.get())
                .map(oldest -> Duration.between(oldest, Instant.now(clock)))
                .filter(age -> !age.isNegative())
                .orElse(Duration.ZERO);
    }

    private static Instant toInstant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        return null;
    }
}
