package dev.kam.events;

import java.util.Objects;

/**
 * One kind of event: the topic it travels on, its CloudEvents type and the record its payload
 * follows. The type ends in the payload's major version; a breaking change is a new type.
 *
 * @param topic       the Kafka topic
 * @param type        the CloudEvents {@code type}, e.g. {@code dev.kam.account.registered.v1}
 * @param payloadType the payload record
 */
public record EventType<P>(String topic, String type, Class<P> payloadType) {

    public EventType {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(payloadType, "payloadType");
    }

    /** The JSON Schema of the payload, on the classpath of this module. */
    public String schemaResource() {
        return "/schemas/" + type + ".schema.json";
    }
}
