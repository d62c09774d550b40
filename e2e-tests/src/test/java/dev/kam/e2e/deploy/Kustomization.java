package dev.kam.e2e.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.zjsonpatch.JsonPatch;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Renders a kustomization the way {@code kubectl kustomize} does, for the small subset that
 * deploy/k8s uses: {@code resources} (files and directories), {@code patches} that are JSON 6902
 * operation lists (inline or by path) with a target of kind and optional name, {@code images}
 * (newName, newTag) and {@code namespace}. Any other field, or a strategic-merge patch, is refused,
 * so an overlay cannot use something this test would render differently from kustomize.
 */
final class Kustomization {

    private static final Set<String> FIELDS = Set.of("apiVersion", "kind", "resources", "patches", "images", "namespace");
    private static final Set<String> TARGET_FIELDS = Set.of("kind", "name");
    private static final ObjectMapper JSON = new ObjectMapper();

    private Kustomization() {
    }

    static List<ObjectNode> render(Path dir) throws IOException {
        Path file = dir.resolve("kustomization.yaml");
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("no kustomization.yaml in " + dir);
        }
        JsonNode kustomization = readAll(file).get(0);
        kustomization.fieldNames().forEachRemaining(field -> {
            if (!FIELDS.contains(field)) {
                throw new IllegalStateException(file + ": field '" + field + "' is not rendered by this test (only " + FIELDS + ")");
            }
        });
        List<ObjectNode> resources = new ArrayList<>();
        for (JsonNode entry : kustomization.path("resources")) {
            Path resource = dir.resolve(entry.asText()).normalize();
            if (Files.isDirectory(resource)) {
                resources.addAll(render(resource));
            } else {
                for (JsonNode document : readAll(resource)) {
                    resources.add((ObjectNode) document);
                }
            }
        }
        for (JsonNode patch : kustomization.path("patches")) {
            applyPatch(dir, file, patch, resources);
        }
        for (JsonNode image : kustomization.path("images")) {
            resources.forEach(resource -> setImage(resource, image));
        }
        if (kustomization.hasNonNull("namespace")) {
            String namespace = kustomization.get("namespace").asText();
            resources.forEach(resource -> ((ObjectNode) resource.get("metadata")).put("namespace", namespace));
        }
        return resources;
    }

    private static void applyPatch(Path dir, Path file, JsonNode patch, List<ObjectNode> resources) throws IOException {
        JsonNode target = patch.path("target");
        target.fieldNames().forEachRemaining(field -> {
            if (!TARGET_FIELDS.contains(field)) {
                throw new IllegalStateException(file + ": patch target field '" + field + "' is not rendered by this test");
            }
        });
        if (!target.hasNonNull("kind")) {
            throw new IllegalStateException(file + ": every patch needs a target kind here: " + patch);
        }
        JsonNode operations = patch.hasNonNull("path")
                ? readAll(dir.resolve(patch.get("path").asText())).get(0)
                : readAll(patch.path("patch").asText()).get(0);
        if (!(operations instanceof ArrayNode)) {
            throw new IllegalStateException(file + ": only JSON 6902 patches (a list of operations) are rendered here: " + patch);
        }
        int matched = 0;
        for (int i = 0; i < resources.size(); i++) {
            ObjectNode resource = resources.get(i);
            if (matches(target, resource)) {
                resources.set(i, (ObjectNode) JsonPatch.apply(operations, resource));
                matched++;
            }
        }
        if (matched == 0) {
            throw new IllegalStateException(file + ": patch target " + target + " matches no resource");
        }
    }

    private static boolean matches(JsonNode target, JsonNode resource) {
        return target.get("kind").asText().equals(resource.path("kind").asText())
                && (!target.hasNonNull("name") || target.get("name").asText().equals(resource.path("metadata").path("name").asText()));
    }

    /** Kustomize's images transformer on the pod templates' containers; the image name is matched without tag or digest. */
    private static void setImage(ObjectNode resource, JsonNode image) {
        for (String list : List.of("containers", "initContainers")) {
            for (JsonNode container : resource.path("spec").path("template").path("spec").path(list)) {
                String current = container.path("image").asText();
                String name = current.replaceFirst("@.*$", "").replaceFirst(":[^:/]*$", "");
                if (name.equals(image.path("name").asText())) {
                    String tag = current.substring(name.length());
                    String newName = image.hasNonNull("newName") ? image.get("newName").asText() : name;
                    String newTag = image.hasNonNull("newTag") ? ":" + image.get("newTag").asText() : tag;
                    ((ObjectNode) container).put("image", newName + newTag);
                }
            }
        }
    }

    /** Every non-empty YAML document of a file, as JSON trees. */
    static List<JsonNode> readAll(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file)) {
            return toJson(new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(reader));
        }
    }

    private static List<JsonNode> readAll(String text) {
        return toJson(new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(text));
    }

    private static List<JsonNode> toJson(Iterable<Object> documents) {
        List<JsonNode> result = new ArrayList<>();
        for (Object document : documents) {
            if (document instanceof Map<?, ?> || document instanceof List<?>) {
                result.add(JSON.valueToTree(document));
            } else if (document != null) {
                throw new IllegalStateException("a YAML document that is neither a mapping nor a list: " + document);
            }
        }
        return result;
    }
}
