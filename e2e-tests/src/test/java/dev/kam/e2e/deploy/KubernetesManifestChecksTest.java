package dev.kam.e2e.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Broken copies of the rendered manifests: each check must notice what it is there for. */
@DisplayName("the manifest checks fail on a broken copy")
class KubernetesManifestChecksTest {

    private static SuiteFacts facts;
    private static RenderedManifests local;
    private static RenderedManifests production;

    @BeforeAll
    static void render() throws IOException {
        Path root = RepositoryRoot.find();
        facts = SuiteFacts.load(root);
        local = RenderedManifests.render(root.resolve("deploy/k8s/overlays/local"));
        production = RenderedManifests.render(root.resolve("deploy/k8s/overlays/production"));
    }

    private static ManifestChecks checks(RenderedManifests manifests) {
        return new ManifestChecks(manifests, facts, manifests.overlay().equals("production")
                ? ManifestChecks.Purpose.PRODUCTION : ManifestChecks.Purpose.LOCAL);
    }

    private static Deployment deployment(RenderedManifests manifests, String name) {
        return manifests.named(Deployment.class, name).orElseThrow();
    }

    @Test
    @DisplayName("a readiness probe on the wrong path, a container port out of step, another image")
    void brokenApplication() throws IOException {
        RenderedManifests broken = local.copy();
        var container = deployment(broken, "account-service").getSpec().getTemplate().getSpec().getContainers().get(0);
        container.getReadinessProbe().getHttpGet().setPath("/q/health");
        container.getPorts().get(0).setContainerPort(9081);
        container.setImage("kam/account");

        assertThat(checks(broken).applications())
                .anySatisfy(p -> assertThat(p).contains("readinessProbe path of 'account-service'"))
                .anySatisfy(p -> assertThat(p).contains("no port 'http' = 8081"))
                .anySatisfy(p -> assertThat(p).contains("image of 'account-service'"));
        assertThat(checks(local).applications()).isEmpty();
    }

    @Test
    @DisplayName("a misspelt variable, and a variable the service reads left unset")
    void brokenEnvironment() throws IOException {
        RenderedManifests broken = local.copy();
        deployment(broken, "incentive-service").getSpec().getTemplate().getSpec().getContainers().get(0).getEnv()
                .add(new EnvVar("KAM_DB_HOTS", "kam-postgres-rw", null));
        broken.named(ConfigMap.class, "kam-services").orElseThrow().getData().remove("KAFKA_BOOTSTRAP_SERVERS");

        assertThat(checks(broken).environment())
                .anySatisfy(p -> assertThat(p).contains("'incentive-service' is given KAM_DB_HOTS"))
                .anySatisfy(p -> assertThat(p).contains("reads KAFKA_BOOTSTRAP_SERVERS, which the manifests do not set for 'account-service'"));
    }

    @Test
    @DisplayName("an upstream URL on the wrong port")
    void brokenUpstream() {
        RenderedManifests broken = local.copy();
        broken.named(ConfigMap.class, "kam-gateway").orElseThrow().getData().put("KAM_CONTACT_URL", "http://contact-service:8080");

        assertThat(checks(broken).upstreams()).anySatisfy(p -> assertThat(p).contains("KAM_CONTACT_URL of 'gateway'"));
    }

    @Test
    @DisplayName("a database name that is not kam.db.name")
    @SuppressWarnings("unchecked")
    void brokenDatabase() {
        RenderedManifests broken = local.copy();
        GenericKubernetesResource database = broken.generic("Database").stream()
                .filter(d -> d.getMetadata().getName().equals("kam-contact")).findFirst().orElseThrow();
        ((Map<String, Object>) database.getAdditionalProperties().get("spec")).put("name", "kam_contacts");

        assertThat(checks(broken).databases()).anySatisfy(p -> assertThat(p).contains("databases (name=owner)").contains("kam_contacts"));
    }

    @Test
    @DisplayName("a topic missing, another with the wrong partitions, and too many pods for them")
    void brokenTopics() {
        RenderedManifests broken = production.copy();
        KafkaTopic stakeholders = broken.named(KafkaTopic.class, "kam.stakeholders.v1").orElseThrow();
        broken.all().remove(stakeholders);
        broken.named(KafkaTopic.class, "kam.purchases.v1").orElseThrow().getSpec().setPartitions(12);
        broken.named(HorizontalPodAutoscaler.class, "incentive-service").orElseThrow().getSpec().setMaxReplicas(6);

        assertThat(checks(broken).kafka())
                .anySatisfy(p -> assertThat(p).contains("KafkaTopics vs the topics").contains("kam.stakeholders.v1"))
                .anySatisfy(p -> assertThat(p).contains("partitions of KafkaTopic 'kam.purchases.v1'"));
        assertThat(checks(broken).scaling())
                .anySatisfy(p -> assertThat(p).contains("'incentive-service' consumes kam.stakeholders.v1, which has no KafkaTopic"))
                .anySatisfy(p -> assertThat(p).contains("'incentive-service' allows 6 pods"));
    }

    @Test
    @DisplayName("a realm import out of step with the realm file, and an issuer Keycloak does not issue")
    @SuppressWarnings("unchecked")
    void brokenRealm() {
        RenderedManifests broken = local.copy();
        Map<String, Object> spec = (Map<String, Object>) broken.generic("KeycloakRealmImport").get(0).getAdditionalProperties().get("spec");
        ((Map<String, Object>) spec.get("realm")).put("accessTokenLifespan", 3600);
        broken.named(ConfigMap.class, "kam-common").orElseThrow().getData().put("KAM_OIDC_ISSUER", "http://keycloak:8080/realms/kam");

        assertThat(checks(broken).keycloak())
                .anySatisfy(p -> assertThat(p).contains("the realm import differs from infra/keycloak/kam-realm.json"))
                .anySatisfy(p -> assertThat(p).contains("KAM_OIDC_ISSUER of 'gateway'"));
    }

    @Test
    @DisplayName("production: a demo user and a literal client secret left in the realm")
    @SuppressWarnings("unchecked")
    void demoLeftInProductionRealm() {
        RenderedManifests broken = production.copy();
        Map<String, Object> spec = (Map<String, Object>) broken.generic("KeycloakRealmImport").get(0).getAdditionalProperties().get("spec");
        Map<String, Object> realm = (Map<String, Object>) spec.get("realm");
        Map<String, Object> kate = new ObjectMapper().convertValue(facts.realm.path("users").get(0), Map.class);
        ((List<Object>) realm.get("users")).add(kate);
        ((List<Map<String, Object>>) realm.get("clients")).stream().filter(c -> "kam-gateway".equals(c.get("clientId")))
                .forEach(c -> c.put("secret", "kam-gateway-local-secret"));

        assertThat(checks(broken).keycloak())
                .anySatisfy(p -> assertThat(p).contains("user 'kate' with credentials"))
                .anySatisfy(p -> assertThat(p).contains("client 'kam-gateway' has a literal secret"));
    }

    @Test
    @DisplayName("a Secret referenced that the local overlay does not provide")
    void missingSecret() {
        RenderedManifests broken = local.copy();
        deployment(broken, "gateway").getSpec().getTemplate().getSpec().getContainers().get(0).getEnv()
                .add(new EnvVar("KAM_LOG_JSON", null, new io.fabric8.kubernetes.api.model.EnvVarSourceBuilder()
                        .withNewSecretKeyRef("flag", "kam-logging", false).build()));

        assertThat(checks(broken).secrets()).anySatisfy(p -> assertThat(p).contains("needs Secret 'kam-logging'"));
    }

    @Test
    @DisplayName("a misspelt field is refused by the typed model")
    void misspeltField() throws IOException {
        var document = new ObjectMapper().readTree("""
                {"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "gateway"},
                 "spec": {"template": {"spec": {"containers": [{"name": "gateway", "livenesProbe": {}}]}}}}""");

        assertThatThrownBy(() -> RenderedManifests.parse(document))
                .hasMessageContaining("fields its model does not know").hasMessageContaining("livenesProbe");
    }

    @Test
    @DisplayName("a kustomization using what the test's renderer does not render is refused")
    void unsupportedKustomization(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("kustomization.yaml"), """
                resources: []
                configMapGenerator:
                  - name: x
                """);
        assertThatThrownBy(() -> Kustomization.render(dir)).hasMessageContaining("configMapGenerator");

        Files.writeString(dir.resolve("kustomization.yaml"), """
                resources: [cm.yaml]
                patches:
                  - target: {kind: ConfigMap}
                    patch: |-
                      apiVersion: v1
                      kind: ConfigMap
                      metadata: {name: x}
                """);
        Files.writeString(dir.resolve("cm.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\n");
        assertThatThrownBy(() -> Kustomization.render(dir)).hasMessageContaining("only JSON 6902 patches");
    }
}
