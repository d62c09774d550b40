package dev.kam.gateway.openapi;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Merges the services' OpenAPI documents into one. Every reusable component (except security
 * schemes, which are shared and referenced by name) is namespaced by the route name, e.g.
 * {@code accounts_Problem}, and every {@code $ref} (and discriminator mapping) in that service's
 * document is rewritten to match, so two services may define the same name differently. An
 * operationId a service shares with an earlier one gets its route's prefix too.
 */
public final class OpenApiMerger {

    public static final String TITLE = "KAM suite API";
    public static final String UNAVAILABLE = "x-unavailable-services";

    private static final String COMPONENTS_PREFIX = "#/components/";
    private static final String SECURITY_SCHEMES = "securitySchemes";
    private static final String DEFAULT_VERSION = "3.1.0";
    private static final List<String> HTTP_METHODS =
            List.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

    private OpenApiMerger() {
    }

    /**
     * @param documents   the documents of the services that answered, by route name, in route order
     * @param unavailable the route names whose document could not be had
     * @param publicUrl   the gateway's address as callers see it
     */
    public static JsonObject merge(Map<String, JsonObject> documents, Set<String> unavailable, String publicUrl) {
        JsonObject paths = new JsonObject();
        JsonObject components = new JsonObject();
        Map<String, JsonObject> tags = new LinkedHashMap<>();
        List<Object> security = new ArrayList<>();
        Set<String> operationIds = new HashSet<>();
        String version = null;

        for (Map.Entry<String, JsonObject> entry : documents.entrySet()) {
            String prefix = entry.getKey() + "_";
            JsonObject doc = (JsonObject) rewriteRefs(entry.getValue().copy(), prefix);
            version = newer(version, doc.getString("openapi"));

            JsonObject servicePaths = doc.getJsonObject("paths", new JsonObject());
            for (String path : servicePaths.fieldNames()) {
                if (!paths.containsKey(path)) {
                    Object item = servicePaths.getValue(path);
                    if (item instanceof JsonObject operations) {
                        keepOperationIdsUnique(operations, operationIds, prefix);
                    }
                    paths.put(path, item);
                }
            }

            JsonObject serviceComponents = doc.getJsonObject("components", new JsonObject());
            for (String type : serviceComponents.fieldNames()) {
                JsonObject byName = serviceComponents.getJsonObject(type);
                if (byName == null) {
                    continue;
                }
                JsonObject merged = components.getJsonObject(type);
                if (merged == null) {
                    merged = new JsonObject();
                    components.put(type, merged);
                }
                for (String name : byName.fieldNames()) {
                    String mergedName = SECURITY_SCHEMES.equals(type) || type.startsWith("x-") ? name : prefix + name;
                    if (!merged.containsKey(mergedName)) {
                        merged.put(mergedName, byName.getValue(name));
                    }
                }
            }

            for (Object tag : doc.getJsonArray("tags", new JsonArray())) {
                if (tag instanceof JsonObject t && t.getString("name") != null) {
                    tags.putIfAbsent(t.getString("name"), t);
                }
            }
            for (Object requirement : doc.getJsonArray("security", new JsonArray())) {
                if (!security.contains(requirement)) {
                    security.add(requirement);
                }
            }
        }

        JsonObject merged = new JsonObject()
                .put("openapi", version == null ? DEFAULT_VERSION : version)
                .put("info", new JsonObject()
                        .put("title", TITLE)
                        .put("version", "1.0.0")
                        .put("description", description(documents.keySet(), unavailable)))
                .put("servers", new JsonArray().add(new JsonObject().put("url", publicUrl)));
        if (!tags.isEmpty()) {
            merged.put("tags", new JsonArray(new ArrayList<>(tags.values())));
        }
        if (!security.isEmpty()) {
            merged.put("security", new JsonArray(security));
        }
        merged.put("paths", paths);
        merged.put("components", components);
        if (!unavailable.isEmpty()) {
            merged.put(UNAVAILABLE, new JsonArray(new ArrayList<>(new TreeSet<>(unavailable))));
        }
        return merged;
    }

    private static String description(Set<String> available, Set<String> unavailable) {
        StringBuilder text = new StringBuilder("The KAM suite's services behind one gateway.");
        if (!available.isEmpty()) {
            text.append(" Included: ").append(String.join(", ", available)).append('.');
        }
        if (!unavailable.isEmpty()) {
            text.append(" Not reachable now, so left out: ").append(String.join(", ", new TreeSet<>(unavailable))).append('.');
        }
        return text.toString();
    }

    /**
     * OpenAPI wants every operationId unique in a document (client generators and Swagger UI's links key
     * on it), but each service only knows its own: an id another service already used gets the route's
     * prefix, e.g. {@code stakeholders_me}. The services keep theirs unique (e2e GatewayOpenApiIT), so
     * this is a guard, not a naming scheme.
     */
    private static void keepOperationIdsUnique(JsonObject pathItem, Set<String> taken, String prefix) {
        for (String method : HTTP_METHODS) {
            if (pathItem.getValue(method) instanceof JsonObject operation
                    && operation.getValue("operationId") instanceof String id && !taken.add(id)) {
                String unique = prefix + id;
                operation.put("operationId", unique);
                taken.add(unique);
            }
        }
    }

    /** Rewrites every local component reference below {@code node} to the namespaced name. */
    static Object rewriteRefs(Object node, String prefix) {
        if (node instanceof JsonObject object) {
            for (String key : new ArrayList<>(object.fieldNames())) {
                Object value = object.getValue(key);
                if ("$ref".equals(key) && value instanceof String ref) {
                    object.put(key, namespaced(ref, prefix));
                } else if ("mapping".equals(key) && value instanceof JsonObject mapping) {
                    for (String name : new ArrayList<>(mapping.fieldNames())) {
                        if (mapping.getValue(name) instanceof String ref) {
                            mapping.put(name, namespaced(ref, prefix));
                        }
                    }
                } else {
                    rewriteRefs(value, prefix);
                }
            }
        } else if (node instanceof JsonArray array) {
            for (Object item : array) {
                rewriteRefs(item, prefix);
            }
        }
        return node;
    }

    private static String namespaced(String ref, String prefix) {
        if (!ref.startsWith(COMPONENTS_PREFIX)) {
            return ref; // external or non-component references are left alone
        }
        int slash = ref.indexOf('/', COMPONENTS_PREFIX.length());
        if (slash < 0) {
            return ref;
        }
        String type = ref.substring(COMPONENTS_PREFIX.length(), slash);
        if (SECURITY_SCHEMES.equals(type)) {
            return ref;
        }
        return ref.substring(0, slash + 1) + prefix + ref.substring(slash + 1);
    }

    /** The later of two OpenAPI versions ("3.0.3" < "3.1.0"). */
    private static String newer(String current, String candidate) {
        if (candidate == null) {
            return current;
        }
        if (current == null) {
            return candidate;
        }
        return compareVersions(candidate, current) > 0 ? candidate : current;
    }

    private static int compareVersions(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            int xi = i < x.length ? parse(x[i]) : 0;
            int yi = i < y.length ? parse(y[i]) : 0;
            if (xi != yi) {
                return Integer.compare(xi, yi);
            }
        }
        return 0;
    }

    private static int parse(String part) {
        try {
            return Integer.parseInt(part.replaceAll("\\D.*", ""));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
