package dev.kam.plumbing.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kam.events.EventSchemaValidator;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.List;
import java.util.Map;

/**
 * The part of a service's test fixture that every service shares: plain SQL over any table of its
 * database (statements, counts, single values) and the outbox rows a use case left behind. A service's
 * fixture bean extends it with the rows of its own tables. Each call joins the caller's transaction or
 * runs in one of its own.
 */
public abstract class DatabaseRows {

    /** One outbox row as written by a use case. */
    public record OutboxRow(String type, String key, String topic, String subject, String payload) {
    }

    /** The service's entity manager; the fixture bean injects it (this class is not a bean). */
    protected abstract EntityManager entityManager();

    /** Runs one statement, e.g. an insert into a table no fixture method covers, or moving dates back. */
    public int execute(String sql, Map<String, Object> parameters) {
        return QuarkusTransaction.joiningExisting().call(() -> query(sql, parameters).executeUpdate());
    }

    public long count(String sql, Map<String, Object> parameters) {
        return QuarkusTransaction.joiningExisting()
                .call(() -> ((Number) query(sql, parameters).getSingleResult()).longValue());
    }

    /** The first column of the first row, or null when there is none. */
    public Object single(String sql, Map<String, Object> parameters) {
        return QuarkusTransaction.joiningExisting().call(() -> {
            List<?> rows = query(sql, parameters).getResultList();
            return rows.isEmpty() ? null : rows.get(0);
        });
    }

    /** The events recorded under a key (the account id), oldest first; of one type unless {@code type} is null. */
    public List<OutboxRow> outboxRows(String key, String type) {
        return QuarkusTransaction.joiningExisting().call(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = entityManager().createNativeQuery("""
                            select event_type, event_key, topic, subject, payload from outbox_event
                            where event_key = :key and (cast(:type as varchar) is null or event_type = :type)
                            order by sequence_no""")
                    .setParameter("key", key)
                    .setParameter("type", type)
                    .getResultList();
            return rows.stream().map(row -> new OutboxRow((String) row[0], (String) row[1], (String) row[2],
                    (String) row[3], (String) row[4])).toList();
        });
    }

    /** As {@link #outboxRows}, each event checked against its JSON Schema. */
    public List<OutboxRow> conformingOutboxRows(String key, String type) {
        List<OutboxRow> events = outboxRows(key, type);
        events.forEach(event -> assertThat(EventSchemaValidator.violations(event.type(), event.payload()))
                .as("schema violations of %s", event.payload()).isEmpty());
        return events;
    }

    private Query query(String sql, Map<String, Object> parameters) {
        Query query = entityManager().createNativeQuery(sql);
        parameters.forEach(query::setParameter);
        return query;
    }
}
