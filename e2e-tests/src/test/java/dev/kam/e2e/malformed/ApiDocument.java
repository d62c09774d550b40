package dev.kam.e2e.malformed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the operations of an OpenAPI 3.x document (the gateway's merged one). */
public final class ApiDocument {

    private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");
    private static final int MAX_REF_DEPTH = 12;

    private final JsonNode root;

    public ApiDocument(JsonNode root) {
        this.root = root;
    }

    public List<ApiOperation> operations() {
        List<ApiOperation> operations = new ArrayList<>();
        root.path("paths").fields().forEachRemaining(path -> {
            JsonNode item = path.getValue();
            for (String method : METHODS) {
                JsonNode operation = item.get(method);
                if (operation != null) {
                    operations.add(read(method.toUpperCase(), path.getKey(), item, operation));
                }
            }
        });
        return operations;
    }

    private ApiOperation read(String method, String path, JsonNode item, JsonNode operation) {
        List<ApiOperation.Parameter> parameters = new ArrayList<>();
        for (JsonNode source : List.of(item.path("parameters"), operation.path("parameters"))) {
            for (JsonNode raw : source) {
                JsonNode parameter = resolve(raw);
                parameters.removeIf(p -> p.name().equals(parameter.path("name").asText())
                        && p.in().equals(parameter.path("in").asText()));
                JsonNode example = parameter.has("example") ? parameter.get("example")
                        : firstExample(parameter.path("examples"));
                JsonNode schema = resolveDeep(parameter.path("schema"), 0);
                if (example == null) {
                    example = Schemas.example(schema);
                }
                parameters.add(new ApiOperation.Parameter(parameter.path("name").asText(),
                        parameter.path("in").asText(), parameter.path("required").asBoolean(false), schema, example));
            }
        }
        Map<String, ApiOperation.Body> bodies = new LinkedHashMap<>();
        JsonNode requestBody = resolve(operation.path("requestBody"));
        requestBody.path("content").fields().forEachRemaining(content -> {
            JsonNode media = content.getValue();
            JsonNode schema = resolveDeep(media.path("schema"), 0);
            JsonNode example = media.has("example") ? media.get("example") : firstExample(media.path("examples"));
            if (example == null) {
                example = Schemas.example(schema);
            }
            bodies.put(content.getKey(), new ApiOperation.Body(content.getKey(), schema, example));
        });
        List<String> responses = new ArrayList<>();
        operation.path("responses").fieldNames().forEachRemaining(responses::add);
        return new ApiOperation(method, path, parameters, bodies, responses);
    }

    private JsonNode firstExample(JsonNode examples) {
        Iterator<JsonNode> values = examples.elements();
        while (values.hasNext()) {
            JsonNode example = resolve(values.next());
            if (example.has("value")) {
                return example.get("value");
            }
        }
        return null;
    }

    private JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        for (int depth = 0; depth < MAX_REF_DEPTH && current.has("$ref"); depth++) {
            current = root.at(current.get("$ref").asText().substring(1));
        }
        return current;
    }

    /** The schema with every nested $ref replaced by its target (cycles are cut at a fixed depth). */
    private JsonNode resolveDeep(JsonNode schema, int depth) {
        JsonNode resolved = resolve(schema);
        if (depth > MAX_REF_DEPTH || !resolved.isObject()) {
            return resolved;
        }
        ObjectNode copy = ((ObjectNode) resolved).deepCopy();
        if (copy.has("properties")) {
            ObjectNode properties = copy.putObject("properties");
            resolved.path("properties").fields().forEachRemaining(
                    p -> properties.set(p.getKey(), resolveDeep(p.getValue(), depth + 1)));
        }
        if (copy.has("items")) {
            copy.set("items", resolveDeep(resolved.get("items"), depth + 1));
        }
        for (String combinator : List.of("allOf", "oneOf", "anyOf")) {
            if (copy.has(combinator)) {
                var list = copy.putArray(combinator);
                resolved.get(combinator).forEach(s -> list.add(resolveDeep(s, depth + 1)));
            }
        }
        return copy;
    }
}
