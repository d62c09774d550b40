package dev.kam.plumbing.inbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kam.events.CloudEventHeaders;
import dev.kam.events.EventType;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/**
 * A CloudEvent read from a Kafka record (binary mode). Construction fails with a
 * {@link PoisonEventException} when the record is not a well-formed event of this suite.
 */
public record InboundEvent(String id, String type, String source, String subject, Instant time, String key,
        String data) {

    public static InboundEvent from(ConsumerRecord<String, String> record) {
        String specVersion = header(record, CloudEventHeaders.SPEC_VERSION);
        if (!CloudEventHeaders.SPEC_VERSION_VALUE.equals(specVersion)) {
            throw new PoisonEventException("Not a CloudEvents 1.0 record (ce_specversion=" + specVersion + ")");
        }
        String id = required(record, CloudEventHeaders.ID);
        String type = required(record, CloudEventHeaders.TYPE);
        String source = required(record, CloudEventHeaders.SOURCE);
        if (record.value() == null) {
            throw new PoisonEventException("Event " + id + " has no data");
        }
        return new InboundEvent(id, type, source, header(record, CloudEventHeaders.SUBJECT),
                time(record, id), record.key(), record.value());
    }

    /** The payload as the record of its type; a payload that does not fit is poison. */
    public <P> P payload(EventType<P> eventType, ObjectMapper mapper) {
        if (!eventType.type().equals(type)) {
            throw new PoisonEventException("Event " + id + " is a " + type + ", not a " + eventType.type());
        }
        try {
            return mapper.readValue(data, eventType.payloadType());
        } catch (Exception e) {
            throw new PoisonEventException("Event " + id + " of type " + type + " has an unreadable payload", e);
        }
    }

    /** A payload field that must hold a UUID (an account or stakeholder id); anything else is poison. */
    public UUID uuid(String value, String field) {
        try {
            return UUID.fromString(value);
        } catch (RuntimeException e) {
            throw new PoisonEventException("Event " + id + " has no valid " + field);
        }
    }

    private static Instant time(ConsumerRecord<String, String> record, String id) {
        String time = header(record, CloudEventHeaders.TIME);
        if (time == null) {
            return null;
        }
        try {
            return Instant.parse(time);
        } catch (DateTimeParseException e) {
            throw new PoisonEventException("Event " + id + " has an unreadable ce_time", e);
        }
    }

    private static String required(ConsumerRecord<String, String> record, String name) {
        String value = header(record, name);
        if (value == null || value.isBlank()) {
            throw new PoisonEventException("Record lacks the " + name + " header");
        }
        return value;
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
