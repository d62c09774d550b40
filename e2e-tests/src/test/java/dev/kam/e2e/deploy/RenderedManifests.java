package dev.kam.e2e.deploy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The resources of one rendered overlay as typed models: fabric8's for the Kubernetes kinds,
 * Strimzi's for Kafka, and fabric8's GenericKubernetesResource for the CloudNativePG and Keycloak
 * resources (no typed model of theirs on Maven Central fits fabric8 7.5). A kind not listed here
 * fails the load, and so does a field that a typed model does not know (a typo such as
 * {@code livenesProbe} would otherwise be dropped silently by the API server or ignored here).
 */
final class RenderedManifests {

    /** apiVersion/kind to the model it is read into. */
    private static final Map<String, Class<? extends HasMetadata>> MODELS = Map.ofEntries(
            Map.entry("v1/ConfigMap", ConfigMap.class),
            Map.entry("v1/Secret", Secret.class),
            Map.entry("v1/Service", Service.class),
            Map.entry("apps/v1/Deployment", Deployment.class),
            Map.entry("policy/v1/PodDisruptionBudget", PodDisruptionBudget.class),
            Map.entry("autoscaling/v2/HorizontalPodAutoscaler", HorizontalPodAutoscaler.class),
            Map.entry("networking.k8s.io/v1/Ingress", Ingress.class),
            Map.entry("kafka.strimzi.io/v1/Kafka", Kafka.class),
            Map.entry("kafka.strimzi.io/v1/KafkaNodePool", KafkaNodePool.class),
            Map.entry("kafka.strimzi.io/v1/KafkaTopic", KafkaTopic.class),
            Map.entry("postgresql.cnpg.io/v1/Cluster", GenericKubernetesResource.class),
            Map.entry("postgresql.cnpg.io/v1/Database", GenericKubernetesResource.class),
            Map.entry("k8s.keycloak.org/v2beta1/Keycloak", GenericKubernetesResource.class),
            Map.entry("k8s.keycloak.org/v2beta1/KeycloakRealmImport", GenericKubernetesResource.class));

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    private final String overlay;
    private final List<HasMetadata> resources;

    RenderedManifests(String overlay, List<HasMetadata> resources) {
        this.overlay = overlay;
        this.resources = resources;
    }

    static RenderedManifests render(Path overlayDir) throws IOException {
        List<HasMetadata> typed = new ArrayList<>();
        for (ObjectNode document : Kustomization.render(overlayDir)) {
            typed.add(parse(document));
        }
        return new RenderedManifests(overlayDir.getFileName().toString(), typed);
    }

    static HasMetadata parse(JsonNode document) {
        String key = document.path("apiVersion").asText() + "/" + document.path("kind").asText();
        Class<? extends HasMetadata> model = MODELS.get(key);
        String name = document.path("metadata").path("name").asText();
        if (model == null) {
            throw new IllegalStateException(key + " '" + name + "' has no typed model in this test; known: " + MODELS.keySet());
        }
        HasMetadata resource = MAPPER.convertValue(document, model);
        List<String> unknown = UnknownFields.of(resource);
        if (!unknown.isEmpty()) {
            throw new IllegalStateException(key + " '" + name + "' has fields its model does not know: " + unknown);
        }
        return resource;
    }

    String overlay() {
        return overlay;
    }

    List<HasMetadata> all() {
        return resources;
    }

    <T extends HasMetadata> List<T> all(Class<T> model) {
        return resources.stream().filter(model::isInstance).map(model::cast).toList();
    }

    <T extends HasMetadata> Optional<T> named(Class<T> model, String name) {
        return all(model).stream().filter(r -> name.equals(r.getMetadata().getName())).findFirst();
    }

    /** The CloudNativePG or Keycloak resources of one kind. */
    List<GenericKubernetesResource> generic(String kind) {
        return all(GenericKubernetesResource.class).stream().filter(r -> kind.equals(r.getKind())).toList();
    }

    /** A deep copy, for tests that break one resource and expect a check to notice. */
    RenderedManifests copy() {
        List<HasMetadata> copies = new ArrayList<>();
        for (HasMetadata resource : resources) {
            copies.add(MAPPER.convertValue(MAPPER.valueToTree(resource), resource.getClass()));
        }
        return new RenderedManifests(overlay, copies);
    }
}
