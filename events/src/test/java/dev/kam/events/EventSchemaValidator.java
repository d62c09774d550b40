package dev.kam.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks an event payload against the JSON Schema of its type, as a consumer relying on the
 * contract would. Shipped in the events test-jar for the producers' contract tests.
 */
public final class EventSchemaValidator {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7);
    private static final Map<String, JsonSchema> SCHEMAS = new ConcurrentHashMap<>();

    private EventSchemaValidator() {
    }

    /** The ways the JSON payload breaks the schema of the given event type; empty when it conforms. */
    public static List<String> violations(String eventType, String json) {
        EventType<?> type = EventCatalog.byType(eventType)
                .orElseThrow(() -> new IllegalArgumentException("Not an event type of the contract: " + eventType));
        try {
            JsonNode payload = MAPPER.readTree(json);
            return schemaOf(type).validate(payload).stream().map(ValidationMessage::getMessage).sorted().toList();
        } catch (IOException e) {
            return List.of("not JSON: " + e.getMessage());
        }
    }

    static JsonSchema schemaOf(EventType<?> type) {
        return SCHEMAS.computeIfAbsent(type.type(), key -> {
            try (InputStream in = EventSchemaValidator.class.getResourceAsStream(type.schemaResource())) {
                if (in == null) {
                    throw new IllegalStateException("No schema on the classpath at " + type.schemaResource());
                }
                SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
                return FACTORY.getSchema(in, config);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
