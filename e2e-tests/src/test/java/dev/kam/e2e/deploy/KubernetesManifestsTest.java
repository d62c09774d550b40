package dev.kam.e2e.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.HasMetadata;
import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * No cluster runs on the build machines, so deploy/k8s has to be right by construction, like
 * docker-compose.yml (ComposeConsistencyTest): each overlay is rendered (the kustomize subset of
 * {@link Kustomization}), read into typed models (fabric8, Strimzi) and checked against the
 * services' configuration, infra/ports.env, events/asyncapi.yaml, docker-compose.yml's image names
 * and the realm file. KubernetesManifestChecksTest shows each check failing on a broken copy.
 */
@DisplayName("deploy/k8s agrees with the services' configuration")
class KubernetesManifestsTest {

    static final Map<ManifestChecks.Purpose, String> OVERLAYS =
            Map.of(ManifestChecks.Purpose.LOCAL, "local", ManifestChecks.Purpose.PRODUCTION, "production");

    private static SuiteFacts facts;
    private static final Map<ManifestChecks.Purpose, RenderedManifests> rendered = new EnumMap<>(ManifestChecks.Purpose.class);

    @BeforeAll
    static void render() throws IOException {
        Path root = RepositoryRoot.find();
        facts = SuiteFacts.load(root);
        for (Map.Entry<ManifestChecks.Purpose, String> overlay : OVERLAYS.entrySet()) {
            rendered.put(overlay.getKey(), RenderedManifests.render(root.resolve("deploy/k8s/overlays").resolve(overlay.getValue())));
        }
    }

    private static ManifestChecks checks(ManifestChecks.Purpose purpose) {
        return new ManifestChecks(rendered.get(purpose), facts, purpose);
    }

    @Test
    @DisplayName("every overlay renders into typed models without unknown fields, each resource once, in the namespace kam")
    void overlaysRenderIntoTypedModels() {
        for (RenderedManifests manifests : rendered.values()) {
            assertThat(manifests.all()).as("resources of %s", manifests.overlay()).hasSizeGreaterThan(30);
            assertThat(manifests.all()).as("namespaces in %s", manifests.overlay())
                    .allSatisfy(r -> assertThat(r.getMetadata().getNamespace()).isEqualTo("kam"));
            assertThat(manifests.all().stream().map(r -> r.getKind() + "/" + r.getMetadata().getName()))
                    .as("kind/name of the resources of %s", manifests.overlay()).doesNotHaveDuplicates();
            assertThat(manifests.all()).extracting(HasMetadata::getKind).as("kinds in %s", manifests.overlay())
                    .contains("Deployment", "Service", "PodDisruptionBudget", "HorizontalPodAutoscaler", "ConfigMap",
                            "Kafka", "KafkaNodePool", "KafkaTopic", "Cluster", "Database", "Keycloak", "KeycloakRealmImport");
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ManifestChecks.Purpose.class)
    @DisplayName("the applications: ports as infra/ports.env and quarkus.http.port, probes on /q/health, compose's images, resources, PDB and HPA")
    void applications(ManifestChecks.Purpose purpose) throws IOException {
        assertThat(checks(purpose).applications()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ManifestChecks.Purpose.class)
    @DisplayName("every variable set is one the application reads, and every KAM_*/KAFKA_* variable it reads is set")
    void environment(ManifestChecks.Purpose purpose) throws IOException {
        assertThat(checks(purpose).environment()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ManifestChecks.Purpose.class)
    @DisplayName("the upstream URLs name the services' Services and ports")
    void upstreams(ManifestChecks.Purpose purpose) {
        assertThat(checks(purpose).upstreams()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ManifestChecks.Purpose.class)
    @DisplayName("one CloudNativePG Database per kam.db.name (and Keycloak's), owned by the role the services log in as")
    void databases(ManifestChecks.Purpose purpose) {
        assertThat(checks(purpose).databases()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ManifestChecks.Purpose.class)
    @DisplayName("a KafkaTopic for every topic of the AsyncAPI document and every dead-letter topic, and no other; bootstrap, partitions, replication")
    void kafka(ManifestChecks.Purpose purpose) {
        assertThat(checks(purpose).kafka()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ManifestChecks.Purpose.class)
    @DisplayName("no autoscaler allows more pods than the partitions of the topics the service consumes")
    void scaling(ManifestChecks.Purpose purpose) {
        assertThat(checks(purpose).scaling()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ManifestChecks.Purpose.class)
    @DisplayName("issuer and Keycloak addresses agree with the Keycloak resource; the realm import is the realm file (production: without demo users)")
    void keycloak(ManifestChecks.Purpose purpose) {
        assertThat(checks(purpose).keycloak()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ManifestChecks.Purpose.class)
    @DisplayName("every Secret referenced is provided (local) or listed in docs/deployment.md and not committed (production)")
    void secrets(ManifestChecks.Purpose purpose) {
        assertThat(checks(purpose).secrets()).isEmpty();
    }
}
