package dev.kam.e2e.malformed;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One operation of the merged OpenAPI document, with every {@code $ref} of its parameters and
 * request body resolved.
 *
 * @param method      GET, POST, PUT, PATCH or DELETE
 * @param path        the path template, e.g. {@code /api/accounts/{accountId}/problems}
 * @param parameters  its path, query and header parameters
 * @param bodies      request body schema and example by media type (empty when it takes no body)
 * @param responses   the status codes it documents
 */
public record ApiOperation(String method, String path, List<Parameter> parameters, Map<String, Body> bodies,
        List<String> responses) {

    /** How a failure report names the operation. */
    public String key() {
        return method + " " + path;
    }

    /** The route (first segment after /api/), e.g. accounts. */
    public String route() {
        String[] segments = path.split("/");
        return segments.length > 2 ? segments[2] : path;
    }

    public boolean writes() {
        return !method.equals("GET");
    }

    public List<Parameter> in(String location) {
        return parameters.stream().filter(p -> p.in().equals(location)).toList();
    }

    public Optional<Parameter> header(String name) {
        return in("header").stream().filter(p -> p.name().equalsIgnoreCase(name)).findFirst();
    }

    public Optional<Body> json() {
        return bodies.entrySet().stream().filter(e -> e.getKey().contains("json")).map(Map.Entry::getValue)
                .findFirst();
    }

    /** A parameter; {@code schema} is resolved, {@code example} may be null. */
    public record Parameter(String name, String in, boolean required, JsonNode schema, JsonNode example) {
    }

    /** A request body for one media type; {@code schema} is resolved, {@code example} may be null. */
    public record Body(String mediaType, JsonNode schema, JsonNode example) {
    }
}
