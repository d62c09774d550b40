package dev.kam.e2e.malformed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** Reading resolved JSON schemas: their type, properties and a valid sample when there is no example. */
final class Schemas {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private Schemas() {
    }

    /** The schema with allOf merged and a nullable oneOf/anyOf reduced to its non-null member. */
    static JsonNode flat(JsonNode schema) {
        if (schema.has("allOf")) {
            ObjectNode merged = JSON.objectNode();
            ObjectNode properties = merged.putObject("properties");
            ArrayNode required = merged.putArray("required");
            for (JsonNode part : schema.get("allOf")) {
                JsonNode flatPart = flat(part);
                flatPart.fields().forEachRemaining(f -> {
                    if (!f.getKey().equals("properties") && !f.getKey().equals("required")) {
                        merged.set(f.getKey(), f.getValue());
                    }
                });
                flatPart.path("properties").fields().forEachRemaining(p -> properties.set(p.getKey(), p.getValue()));
                flatPart.path("required").forEach(required::add);
            }
            if (properties.isEmpty()) {
                merged.remove("properties");
            }
            return merged;
        }
        for (String combinator : List.of("oneOf", "anyOf")) {
            if (schema.has(combinator)) {
                for (JsonNode option : schema.get(combinator)) {
                    if (!"null".equals(option.path("type").asText())) {
                        return flat(option);
                    }
                }
            }
        }
        return schema;
    }

    /** object, array, string, integer, number, boolean, or "" when the schema does not say. */
    static String type(JsonNode schema) {
        JsonNode flat = flat(schema);
        JsonNode type = flat.get("type");
        if (type != null && type.isArray()) {
            for (JsonNode t : type) {
                if (!t.asText().equals("null")) {
                    return t.asText();
                }
            }
        }
        if (type != null && type.isTextual()) {
            return type.asText();
        }
        if (flat.has("properties")) {
            return "object";
        }
        return flat.has("items") ? "array" : "";
    }

    static List<String> required(JsonNode schema) {
        List<String> names = new ArrayList<>();
        flat(schema).path("required").forEach(n -> names.add(n.asText()));
        return names;
    }

    static Iterator<Map.Entry<String, JsonNode>> properties(JsonNode schema) {
        return flat(schema).path("properties").fields();
    }

    /** The schema's own example: {@code example}, or the first of OpenAPI 3.1's {@code examples}; else null. */
    static JsonNode example(JsonNode schema) {
        JsonNode flat = flat(schema);
        if (flat.has("example")) {
            return flat.get("example");
        }
        JsonNode examples = flat.path("examples");
        return examples.isArray() && examples.size() > 0 ? examples.get(0) : null;
    }

    /** A plausible valid value, for operations whose documentation has no example. */
    static JsonNode sample(JsonNode schema, String name, int depth) {
        JsonNode flat = flat(schema);
        JsonNode example = example(flat);
        if (example != null) {
            return example;
        }
        if (flat.has("enum")) {
            return flat.get("enum").get(0);
        }
        switch (type(flat)) {
            case "object" -> {
                ObjectNode object = JSON.objectNode();
                if (depth < 4) {
                    List<String> required = required(flat);
                    properties(flat).forEachRemaining(p -> {
                        if (required.isEmpty() || required.contains(p.getKey())) {
                            object.set(p.getKey(), sample(p.getValue(), p.getKey(), depth + 1));
                        }
                    });
                }
                return object;
            }
            case "array" -> {
                ArrayNode array = JSON.arrayNode();
                if (depth < 4) {
                    array.add(sample(flat.path("items"), name, depth + 1));
                }
                return array;
            }
            case "integer" -> {
                return JSON.numberNode(flat.path("minimum").asLong(1));
            }
            case "number" -> {
                return JSON.numberNode(flat.path("minimum").asDouble(1));
            }
            case "boolean" -> {
                return JSON.booleanNode(true);
            }
            default -> {
                return switch (Values.of(flat, name, null)) {
                    case UUID -> JSON.textNode(java.util.UUID.randomUUID().toString());
                    case DATE -> JSON.textNode(LocalDate.now().toString());
                    case DATE_TIME -> JSON.textNode(Instant.now().toString());
                    case PERIOD -> JSON.textNode(LocalDate.now().getYear() + "-Q1");
                    case DECIMAL -> JSON.textNode("100.00");
                    case CURRENCY -> JSON.textNode("EUR");
                    case EMAIL -> JSON.textNode("someone@example.com");
                    default -> JSON.textNode("sample " + name);
                };
            }
        }
    }
}
