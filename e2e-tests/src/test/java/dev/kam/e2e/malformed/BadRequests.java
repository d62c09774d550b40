package dev.kam.e2e.malformed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Generates the malformed requests for one operation from its OpenAPI description: defects of
 * its path ids (unknown and malformed), query parameters, headers (If-Match, Idempotency-Key,
 * Content-Type, Accept) and body (not JSON, too deep, too large, and per field: missing, null,
 * wrong type, unknown enum value, malformed id/date/period/amount, too long, NUL, out of range).
 * Each defect is alone in an otherwise valid request, so the answer must be about that defect.
 */
public final class BadRequests {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final Pattern TEMPLATE_VARIABLE = Pattern.compile("\\{([^}]+)}");
    private static final int TEN_THOUSAND = 10_000;
    private static final int ONE_MEGABYTE = 1 << 20;
    private static final int DEEP = 10_000;
    private static final int MAX_FIELD_DEPTH = 3;
    // Jackson's writer stops at 1,000 levels, so a field nested 10,000 deep is spliced into the text.
    private static final String DEEP_MARKER = "__nested_10000_deep__";

    private final ApiOperation operation;
    private final Map<String, String> pathValues;
    private final String etag;
    private final JsonNode validBody;
    private final List<BadRequest> out = new ArrayList<>();

    /**
     * @param pathValues a value for each path variable and required query parameter naming something that
     *                   exists (seeded)
     * @param etag       the current ETag of the resource the operation changes, or null
     * @param validBody  a valid body to break one defect at a time (e.g. with a legal id not yet taken),
     *                   or null for the documented example
     */
    public BadRequests(ApiOperation operation, Map<String, String> pathValues, String etag, JsonNode validBody) {
        this.operation = operation;
        this.pathValues = pathValues;
        this.etag = etag;
        this.validBody = validBody;
    }

    public List<BadRequest> generate() {
        pathDefects();
        queryDefects();
        headerDefects();
        bodyDefects();
        return out;
    }

    // ------------------------------------------------------------------ path

    private void pathDefects() {
        for (ApiOperation.Parameter parameter : operation.in("path")) {
            String existing = pathValues.getOrDefault(parameter.name(), "x");
            Values kind = Values.of(parameter.schema(), parameter.name(), JSON.textNode(existing));
            String unknown = kind == Values.UUID ? UUID.randomUUID().toString() : "unknown-" + shortRandom();
            add(withPath(parameter.name(), unknown), "", validHeaders(), validBody(), "unknown " + parameter.name(),
                    parameter.name(), true);
            List<String> malformed = new ArrayList<>(List.of("not-a-uuid", "0", "-1", "1.5", "null", "x".repeat(300),
                    "%2e%2e", "a b"));
            malformed.addAll(Values.INJECTIONS);
            for (String value : malformed.stream().distinct().toList()) {
                add(withPath(parameter.name(), value), "", validHeaders(), validBody(),
                        parameter.name() + " = " + brief(value), parameter.name(), true);
            }
        }
    }

    // ------------------------------------------------------------------ query

    private void queryDefects() {
        for (ApiOperation.Parameter parameter : operation.in("query")) {
            String name = parameter.name();
            String type = Schemas.type(parameter.schema());
            List<String> values = new ArrayList<>();
            boolean mustRefuse = true;
            switch (type) {
                case "integer", "number" -> {
                    values.addAll(List.of("abc", "1.5", "-1", "99999999999999999999", "1e3", "0x10", "", "1,2"));
                    if (parameter.schema().has("maximum")) {
                        values.add(Long.toString(parameter.schema().get("maximum").asLong() + 1));
                    }
                }
                case "boolean" -> values.addAll(List.of("maybe", "2", "yes!"));
                default -> {
                    Values kind = Values.of(parameter.schema(), name, parameter.example());
                    if (kind == Values.TEXT && (name.equals("limit") || numericExample(parameter.example()))) {
                        values.addAll(List.of("abc", "1.5", "-1", "99999999999999999999", "1e3", "0x10"));
                    } else if (kind == Values.TEXT && booleanExample(parameter.example(), name)) {
                        values.addAll(List.of("maybe", "2", "yes!"));
                    } else if (kind == Values.TEXT) {
                        // Free text: any text may be searched for; the answer must still never be a 5xx.
                        mustRefuse = false;
                        values.addAll(Values.INJECTIONS);
                        values.add("x".repeat(TEN_THOUSAND));
                    } else {
                        values.addAll(kind.malformed(parameter.schema().path("pattern").asText(null)));
                    }
                }
            }
            for (String value : values.stream().distinct().toList()) {
                add(concretePath(), name + "=" + encode(value), validHeaders(), validBody(),
                        "?" + name + "=" + brief(value), name, mustRefuse && !value.isEmpty());
            }
            add(concretePath(), name + "=1&" + name + "=" + encode("not valid twice"), validHeaders(), validBody(),
                    "?" + name + " given twice", name, false);
            if (parameter.required()) {
                out.add(new BadRequest(operation, operation.method(), concretePath(), queryWithout(name), validHeaders(),
                        validBody(), false, "?" + name + " missing", name, true));
            }
        }
        if (!operation.writes()) {
            add(concretePath(), "limit=-5&cursor=" + encode("'\"<>") + "&unknown=" + encode("x".repeat(500)),
                    validHeaders(), null, "several odd query parameters", null, false);
        }
    }

    // ------------------------------------------------------------------ headers

    private void headerDefects() {
        operation.header("If-Match").ifPresent(ifMatch -> {
            // Never a value that could match a real version ("1", W/"0"): each of these must be refused.
            for (String value : List.of("\"stale-version\"", "garbage-without-quotes", "\"\"",
                    "\"" + "9".repeat(5000) + "\"", "\"x\", \"y\"")) {
                Map<String, String> headers = validHeaders();
                headers.put("If-Match", value);
                add(concretePath(), "", headers, validBody(), "If-Match: " + brief(value), "If-Match", true);
            }
            Map<String, String> without = validHeaders();
            without.remove("If-Match");
            add(concretePath(), "", without, validBody(), "no If-Match", ifMatch.required() ? "If-Match" : null,
                    ifMatch.required());
        });
        operation.header("Idempotency-Key").ifPresent(key -> {
            for (String value : List.of("", "k".repeat(256), "has space", "k".repeat(TEN_THOUSAND), "tab\tinside")) {
                Map<String, String> headers = validHeaders();
                headers.put("Idempotency-Key", value);
                // An empty header may be dropped on the way, so the request then simply has none.
                add(concretePath(), "", headers, validBody(), "Idempotency-Key: " + brief(value),
                        value.isEmpty() ? null : "Idempotency-Key", !value.isEmpty());
            }
        });
        Map<String, String> xml = validHeaders();
        xml.put("Accept", "application/xml");
        add(concretePath(), "", xml, validBody(), "Accept: application/xml", null, false);
    }

    // ------------------------------------------------------------------ body

    private void bodyDefects() {
        ApiOperation.Body body = jsonBody();
        if (body == null) {
            return;
        }
        JsonNode valid = valid(body);
        String type = body.mediaType();
        for (String raw : List.of("", "{", "[", "null", "[]", "\"text\"", "42", "true", "{\"a\":}", "{'a':'b'}",
                "{\"a\":1,}", write(valid) + " trailing", write(valid) + "{}")) {
            raw(type, raw.getBytes(StandardCharsets.UTF_8), "body " + brief(raw), true);
        }
        raw(type, new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'}, "invalid UTF-8",
                true);
        raw(type, ("[".repeat(DEEP) + "]".repeat(DEEP)).getBytes(StandardCharsets.UTF_8), "arrays nested 10,000 deep",
                true);
        raw(type, ("{\"a\":".repeat(DEEP) + "1" + "}".repeat(DEEP)).getBytes(StandardCharsets.UTF_8),
                "objects nested 10,000 deep", true);
        raw(type, ("{\"padding\":\"" + "x".repeat(2 * ONE_MEGABYTE) + "\"}").getBytes(StandardCharsets.UTF_8),
                "2 MB body", true);
        out.add(new BadRequest(operation, operation.method(), concretePath(), "", contentType(type),
                ("[\"" + "x".repeat(2 * ONE_MEGABYTE) + "\"]").getBytes(StandardCharsets.UTF_8), true,
                "2 MB body, chunked", null, true));
        for (String wrongType : List.of("text/plain", "application/xml", "application/x-www-form-urlencoded",
                "multipart/form-data; boundary=x", "garbage")) {
            Map<String, String> headers = validHeaders();
            headers.put("Content-Type", wrongType);
            if (!body.mediaType().startsWith("text/csv") || !wrongType.startsWith("text/")) {
                add(concretePath(), "", headers, write(valid).getBytes(StandardCharsets.UTF_8),
                        "Content-Type: " + wrongType, null, !operation.bodies().containsKey(wrongType));
            }
        }
        if (!valid.isContainerNode()) {
            return;
        }
        List<Runnable> fieldDefects = new ArrayList<>();
        fields(valid, body.schema(), "", 0, fieldDefects);
        fieldDefects.forEach(Runnable::run);
    }

    /** Walks the valid body and queues a set of defects for every field, nested ones included. */
    private void fields(JsonNode valid, JsonNode schema, String prefix, int depth, List<Runnable> defects) {
        String type = Schemas.type(schema);
        if (type.equals("array") || valid.isArray()) {
            JsonNode items = Schemas.flat(schema).path("items");
            if (valid.isArray() && valid.size() > 0 && depth < MAX_FIELD_DEPTH) {
                fields(valid.get(0), items, prefix + "[0]", depth + 1, defects);
            }
            return;
        }
        if (!valid.isObject()) {
            return;
        }
        List<String> required = Schemas.required(schema);
        Map<String, JsonNode> properties = new LinkedHashMap<>();
        Schemas.properties(schema).forEachRemaining(p -> properties.put(p.getKey(), p.getValue()));
        valid.fieldNames().forEachRemaining(name -> properties.putIfAbsent(name, JSON.objectNode()));
        for (Map.Entry<String, JsonNode> property : properties.entrySet()) {
            String name = property.getKey();
            String path = prefix.isEmpty() ? name : prefix + "." + name;
            JsonNode fieldSchema = Schemas.flat(property.getValue());
            JsonNode example = valid.get(name);
            if (required.contains(name)) {
                defects.add(() -> mutated(path, root -> remove(root, path), "missing " + path, path, true));
                defects.add(() -> mutated(path, root -> replace(root, path, JSON.nullNode()), path + " = null", path,
                        true));
            }
            for (Map.Entry<String, JsonNode> value : wrongValues(fieldSchema, name, example).entrySet()) {
                defects.add(() -> mutated(path, root -> replace(root, path, value.getValue()),
                        path + " = " + value.getKey(), path, true));
            }
            if (example != null && example.isContainerNode() && depth < MAX_FIELD_DEPTH) {
                fields(example, fieldSchema, path, depth + 1, defects);
            }
        }
    }

    /** Wrong values for one field, by what it holds, each with its short description. */
    private Map<String, JsonNode> wrongValues(JsonNode schema, String name, JsonNode example) {
        Map<String, JsonNode> values = new LinkedHashMap<>();
        String type = Schemas.type(schema);
        if (type.isEmpty() && example != null) {
            type = example.isTextual() ? "string" : example.isIntegralNumber() ? "integer" : example.isNumber()
                    ? "number" : example.isBoolean() ? "boolean" : example.isArray() ? "array" : example.isObject()
                    ? "object" : "";
        }
        switch (type) {
            case "string" -> {
                values.put("an object", JSON.objectNode().put("nested", "x"));
                values.put("an array", JSON.arrayNode().add("x"));
                Values kind = Values.of(schema, name, example);
                for (String malformed : kind.malformed(schema.path("pattern").asText(null))) {
                    values.put("'" + brief(malformed) + "'", JSON.textNode(malformed));
                }
                int maxLength = schema.path("maxLength").asInt(-1);
                if (maxLength > 0) {
                    values.put((maxLength + 1) + " characters (max " + maxLength + ")",
                            JSON.textNode("x".repeat(maxLength + 1)));
                }
                if (maxLength < 0 || maxLength < TEN_THOUSAND) {
                    values.put("10,000 characters", JSON.textNode("x".repeat(TEN_THOUSAND)));
                }
                values.put("1 MB string", JSON.textNode("x".repeat(ONE_MEGABYTE)));
                if (kind == Values.TEXT) {
                    values.put("a NUL character", JSON.textNode("before\u0000after"));
                }
                values.put("nested 10,000 deep", JSON.textNode(DEEP_MARKER));
            }
            case "integer", "number" -> {
                values.put("'abc'", JSON.textNode("abc"));
                values.put("true", JSON.booleanNode(true));
                values.put("an object", JSON.objectNode());
                values.put("1e400", JSON.numberNode(new java.math.BigDecimal("1e400")));
                values.put("-1e400", JSON.numberNode(new java.math.BigDecimal("-1e400")));
                values.put("a 100-digit number", JSON.numberNode(new java.math.BigInteger("9".repeat(100))));
                if (type.equals("integer")) {
                    values.put("1.5", JSON.numberNode(1.5));
                    values.put("2^63", JSON.numberNode(new java.math.BigInteger("9223372036854775808")));
                }
                if (schema.has("minimum")) {
                    values.put("below minimum", JSON.numberNode(schema.get("minimum").decimalValue()
                            .subtract(java.math.BigDecimal.ONE)));
                }
                if (schema.has("maximum")) {
                    values.put("above maximum", JSON.numberNode(schema.get("maximum").decimalValue()
                            .add(java.math.BigDecimal.ONE)));
                }
            }
            case "boolean" -> {
                values.put("'maybe'", JSON.textNode("maybe"));
                values.put("2", JSON.numberNode(2));
                values.put("an object", JSON.objectNode());
            }
            case "array" -> {
                values.put("'not-an-array'", JSON.textNode("not-an-array"));
                values.put("an object", JSON.objectNode());
                values.put("[null]", JSON.arrayNode().addNull());
                values.put("nested 10,000 deep", JSON.textNode(DEEP_MARKER));
                if (schema.has("maxItems") && example != null && example.isArray() && example.size() > 0) {
                    ArrayNode many = JSON.arrayNode();
                    for (int i = 0; i <= schema.get("maxItems").asInt(); i++) {
                        many.add(example.get(0));
                    }
                    values.put("more than maxItems", many);
                }
            }
            case "object" -> {
                values.put("'text'", JSON.textNode("text"));
                values.put("an array", JSON.arrayNode());
                values.put("42", JSON.numberNode(42));
            }
            default -> values.put("an array of objects", JSON.arrayNode().add(JSON.objectNode()));
        }
        return values;
    }

    private void mutated(String path, Consumer<JsonNode> change, String what, String field, boolean mustRefuse) {
        ApiOperation.Body body = jsonBody();
        JsonNode copy = valid(body).deepCopy();
        change.accept(copy);
        String json = write(copy).replace("\"" + DEEP_MARKER + "\"", "[".repeat(DEEP) + "]".repeat(DEEP));
        add(concretePath(), "", validHeaders(), json.getBytes(StandardCharsets.UTF_8), "body " + what, field,
                mustRefuse);
        if (!operation.in("path").isEmpty() && !what.contains("1 MB")) {
            // The same defect against an id that exists nowhere: refused either way, never a 5xx.
            ApiOperation.Parameter first = operation.in("path").get(operation.in("path").size() - 1);
            add(withPath(first.name(), UUID.randomUUID().toString()), "", validHeaders(),
                    json.getBytes(StandardCharsets.UTF_8), "body " + what + ", unknown " + first.name(), null, true);
        }
    }

    private static void remove(JsonNode root, String path) {
        Target target = target(root, path);
        if (target.parent() instanceof ObjectNode object) {
            object.remove(target.name());
        }
    }

    private static void replace(JsonNode root, String path, JsonNode value) {
        Target target = target(root, path);
        if (target.parent() instanceof ObjectNode object) {
            object.set(target.name(), value);
        }
    }

    private record Target(JsonNode parent, String name) {
    }

    /** The object holding the last segment of a path like {@code concessions[0].amount}. */
    private static Target target(JsonNode root, String path) {
        String[] segments = path.split("\\.");
        JsonNode current = root;
        for (int i = 0; i < segments.length - 1; i++) {
            current = step(current, segments[i]);
        }
        String last = segments[segments.length - 1];
        if (last.contains("[")) {
            current = step(current, last.substring(0, last.indexOf('[')) + last.substring(last.indexOf('['),
                    last.lastIndexOf('[')));
            last = last.substring(0, last.indexOf('['));
        }
        return new Target(current, last);
    }

    private static JsonNode step(JsonNode node, String segment) {
        Matcher indexed = Pattern.compile("([^\\[]*)((\\[\\d+])*)").matcher(segment);
        if (!indexed.matches()) {
            return node.path(segment);
        }
        JsonNode current = indexed.group(1).isEmpty() ? node : node.path(indexed.group(1));
        Matcher index = Pattern.compile("\\[(\\d+)]").matcher(indexed.group(2));
        while (index.find()) {
            current = current.path(Integer.parseInt(index.group(1)));
        }
        return current;
    }

    // ------------------------------------------------------------------ building blocks

    private void raw(String mediaType, byte[] body, String what, boolean mustRefuse) {
        add(concretePath(), "", contentType(mediaType), body, what, null, mustRefuse);
    }

    /**
     * Queues one request, with the operation's required query parameters added unless the request sets
     * them itself. A write that breaks no rule (a parameter given twice, another accepted Content-Type) is
     * not sent: it would be carried out, and the sweep must leave every database as it found it.
     */
    private void add(String path, String query, Map<String, String> headers, byte[] body, String what, String field,
            boolean mustRefuse) {
        if (operation.writes() && !mustRefuse) {
            return;
        }
        out.add(new BadRequest(operation, operation.method(), path, withRequiredQuery(query), headers, body, false,
                what, field, mustRefuse));
    }

    private String withRequiredQuery(String query) {
        List<String> parts = new ArrayList<>();
        for (ApiOperation.Parameter parameter : operation.in("query")) {
            String name = parameter.name();
            boolean setByRequest = (("&" + query).contains("&" + name + "="));
            if (parameter.required() && !setByRequest) {
                parts.add(name + "=" + encode(validQueryValue(parameter)));
            }
        }
        if (!query.isEmpty()) {
            parts.add(query);
        }
        return String.join("&", parts);
    }

    /** The valid query with one required parameter left out. */
    private String queryWithout(String name) {
        List<String> parts = new ArrayList<>();
        for (ApiOperation.Parameter parameter : operation.in("query")) {
            if (parameter.required() && !parameter.name().equals(name)) {
                parts.add(parameter.name() + "=" + encode(validQueryValue(parameter)));
            }
        }
        return String.join("&", parts);
    }

    /** A seeded value (e.g. the account's id) when there is one, else the documented example. */
    private String validQueryValue(ApiOperation.Parameter parameter) {
        String seeded = pathValues.get(parameter.name());
        if (seeded != null) {
            return seeded;
        }
        JsonNode example = parameter.example() != null ? parameter.example()
                : Schemas.sample(parameter.schema(), parameter.name(), 0);
        return example.asText();
    }

    private Map<String, String> contentType(String mediaType) {
        Map<String, String> headers = validHeaders();
        headers.put("Content-Type", mediaType);
        return headers;
    }

    /** The headers a valid call needs: its body's type and the current version for conditional writes. */
    private Map<String, String> validHeaders() {
        Map<String, String> headers = new LinkedHashMap<>();
        ApiOperation.Body body = jsonBody();
        if (body != null) {
            headers.put("Content-Type", body.mediaType());
        }
        if (etag != null && operation.header("If-Match").isPresent()) {
            headers.put("If-Match", etag);
        }
        return headers;
    }

    private byte[] validBody() {
        ApiOperation.Body body = jsonBody();
        return body == null ? null : write(valid(body)).getBytes(StandardCharsets.UTF_8);
    }

    private JsonNode valid(ApiOperation.Body body) {
        return validBody != null ? validBody : validJson(body);
    }

    private ApiOperation.Body jsonBody() {
        return operation.json().orElse(null);
    }

    /** A valid-looking value of a parameter from its schema (a UUID for an id, 1 for a whole number). */
    public static String sampleValue(ApiOperation.Parameter parameter) {
        String type = Schemas.type(parameter.schema());
        if (type.equals("integer") || type.equals("number")) {
            return "1";
        }
        JsonNode sample = Schemas.sample(parameter.schema(), parameter.name(), 0);
        return sample.isTextual() && !sample.asText().isEmpty() ? sample.asText() : UUID.randomUUID().toString();
    }

    /** The documented example of the body, or a sample built from its schema. */
    public static JsonNode validJson(ApiOperation.Body body) {
        if (body.example() != null) {
            if (body.example().isTextual()) {
                try {
                    return MAPPER.readTree(body.example().asText());
                } catch (Exception e) {
                    return body.example();
                }
            }
            return body.example();
        }
        return Schemas.sample(body.schema(), "body", 0);
    }

    private String concretePath() {
        return fill(operation.path(), pathValues);
    }

    private String withPath(String name, String value) {
        Map<String, String> values = new LinkedHashMap<>(pathValues);
        values.put(name, value);
        return fill(operation.path(), values);
    }

    /** The path template with each variable replaced by its value, percent-encoded as one segment. */
    public static String fill(String template, Map<String, String> values) {
        Matcher matcher = TEMPLATE_VARIABLE.matcher(template);
        StringBuilder path = new StringBuilder();
        while (matcher.find()) {
            String value = values.getOrDefault(matcher.group(1), UUID.randomUUID().toString());
            matcher.appendReplacement(path, Matcher.quoteReplacement(encode(value)));
        }
        matcher.appendTail(path);
        return path.toString();
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean numericExample(JsonNode example) {
        return example != null && (example.isNumber() || example.asText("").matches("-?\\d+"));
    }

    private static boolean booleanExample(JsonNode example, String name) {
        return example != null && (example.isBoolean() || example.asText("").matches("true|false"));
    }

    static String brief(String value) {
        String printable = value.replace("\u0000", "\\0").replace("\r", "\\r").replace("\n", "\\n");
        return printable.length() <= 40 ? printable
                : printable.substring(0, 24) + "...(" + value.length() + " chars)";
    }

    private static String shortRandom() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
