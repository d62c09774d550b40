package dev.kam.plumbing.testing;

import dev.kam.events.CloudEventHeaders;
import dev.kam.events.EventCatalog;
import dev.kam.events.EventSchemaValidator;
import dev.kam.events.EventType;
import dev.kam.plumbing.inbox.InboundEvent;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;

/**
 * Kafka records as a producing service writes them (CloudEvents binary mode, keyed by the account id),
 * for the services' consumer tests; shipped in this module's test-jar. A type outside the contract
 * travels on a topic of its own name, as a faulty producer might send it.
 */
public final class CloudEventRecords {

    private CloudEventRecords() {
    }

    /** A record whose payload must conform to its type's JSON Schema (else the test is wrong, not the consumer). */
    public static ConsumerRecord<String, String> conforming(String type, String key, String payload) {
        List<String> violations = EventSchemaValidator.violations(type, payload);
        if (!violations.isEmpty()) {
            throw new AssertionError("Test payload breaks the schema of " + type + ": " + violations);
        }
        return record(type, key, payload);
    }

    /** A record carrying whatever payload it is given, e.g. poison. */
    public static ConsumerRecord<String, String> record(String type, String key, String payload) {
        RecordHeaders headers = new RecordHeaders();
        headers.add(CloudEventHeaders.SPEC_VERSION, bytes(CloudEventHeaders.SPEC_VERSION_VALUE));
        headers.add(CloudEventHeaders.ID, bytes(UUID.randomUUID().toString()));
        headers.add(CloudEventHeaders.TYPE, bytes(type));
        headers.add(CloudEventHeaders.SOURCE, bytes("/kam/test-producer"));
        headers.add(CloudEventHeaders.TIME, bytes(Instant.now().toString()));
        headers.add(CloudEventHeaders.CONTENT_TYPE, bytes(CloudEventHeaders.JSON));
        String topic = EventCatalog.byType(type).map(EventType::topic).orElse(type);
        return new ConsumerRecord<>(topic, 0, 0L, ConsumerRecord.NO_TIMESTAMP, TimestampType.NO_TIMESTAMP_TYPE,
                ConsumerRecord.NULL_SIZE, ConsumerRecord.NULL_SIZE, key, payload, headers, Optional.empty());
    }

    /** The event a consumer reads from {@link #record}. */
    public static InboundEvent event(String type, String key, String payload) {
        return InboundEvent.from(record(type, key, payload));
    }

    /** The event a consumer reads from {@link #conforming}. */
    public static InboundEvent conformingEvent(String type, String key, String payload) {
        return InboundEvent.from(conforming(type, key, payload));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
