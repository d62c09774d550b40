package dev.kam.incentive.consumer;

import dev.kam.events.CloudEventHeaders;
import dev.kam.events.EventSchemaValidator;
import dev.kam.plumbing.inbox.InboundEvent;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;

/** Kafka records as the producing services write them; each payload is checked against its schema first. */
public final class ConsumedEvents {

    private ConsumedEvents() {
    }

    public static ConsumerRecord<String, String> record(String topic, String type, String key, String payload) {
        if (!EventSchemaValidator.violations(type, payload).isEmpty()) {
            throw new AssertionError("Test payload breaks the schema of " + type + ": "
                    + EventSchemaValidator.violations(type, payload));
        }
        return unchecked(topic, type, key, payload);
    }

    /** A record as a faulty producer might write it: the payload is not checked. */
    public static ConsumerRecord<String, String> unchecked(String topic, String type, String key, String payload) {
        RecordHeaders headers = new RecordHeaders();
        headers.add(CloudEventHeaders.SPEC_VERSION, bytes(CloudEventHeaders.SPEC_VERSION_VALUE));
        headers.add(CloudEventHeaders.ID, bytes(UUID.randomUUID().toString()));
        headers.add(CloudEventHeaders.TYPE, bytes(type));
        headers.add(CloudEventHeaders.SOURCE, bytes("/kam/account-service"));
        headers.add(CloudEventHeaders.TIME, bytes(Instant.now().toString()));
        headers.add(CloudEventHeaders.CONTENT_TYPE, bytes(CloudEventHeaders.JSON));
        return new ConsumerRecord<>(topic, 0, 0L, ConsumerRecord.NO_TIMESTAMP, TimestampType.NO_TIMESTAMP_TYPE,
                ConsumerRecord.NULL_SIZE, ConsumerRecord.NULL_SIZE, key, payload, headers, Optional.empty());
    }

    public static InboundEvent event(String topic, String type, String key, String payload) {
        return InboundEvent.from(record(topic, type, key, payload));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
