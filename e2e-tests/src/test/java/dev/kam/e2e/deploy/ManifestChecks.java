package dev.kam.e2e.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HTTPGetAction;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressTLS;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.kafka.listener.GenericKafkaListener;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.nodepool.ProcessRoles;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The checks of one rendered overlay against the suite's code and files. Each returns the problems
 * it found (empty when the manifests are right), so that a test can also break a manifest on
 * purpose and see the check notice.
 */
final class ManifestChecks {

    /** What an overlay is for: the local one carries the demo realm and its Secrets, production neither. */
    enum Purpose { LOCAL, PRODUCTION }

    /** A value in a container's environment: a literal, or a key of a Secret. */
    record EnvValue(String value, String secretName, String secretKey) {

        boolean fromSecret() {
            return secretName != null;
        }
    }

    /** A Secret some resource needs, by name and (where the reference names one) key. */
    record SecretRef(String name, String key, String neededBy) {
    }

    static final String HTTP_HOST_VARIABLE = "QUARKUS_HTTP_HOST";
    /**
     * Read by the image's run-java.sh (ubi9 openjdk-17-runtime) or by glibc (MALLOC_ARENA_MAX), not by
     * the application.
     */
    static final Set<String> IMAGE_VARIABLES = Set.of("JAVA_MAX_MEM_RATIO", "GC_CONTAINER_OPTIONS", "MALLOC_ARENA_MAX");
    static final String RUNTIME_IMAGE = "ubi9/openjdk-17-runtime";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z0-9_]+)}");
    private static final Pattern UPSTREAM = Pattern.compile("KAM_(ACCOUNT|CONTACT|INCENTIVE)_URL");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final RenderedManifests manifests;
    private final SuiteFacts facts;
    private final Purpose purpose;

    ManifestChecks(RenderedManifests manifests, SuiteFacts facts, Purpose purpose) {
        this.manifests = manifests;
        this.facts = facts;
        this.purpose = purpose;
    }

    /** Collects problems, each prefixed with the overlay. */
    private final class Problems {
        private final List<String> list = new ArrayList<>();

        void add(String format, Object... args) {
            list.add(manifests.overlay() + ": " + String.format(format, args));
        }

        void expect(boolean condition, String format, Object... args) {
            if (!condition) {
                add(format, args);
            }
        }

        void expectEqual(Object actual, Object expected, String what, Object... args) {
            if (!java.util.Objects.equals(actual, expected)) {
                add("%s is %s, expected %s", String.format(what, args), actual, expected);
            }
        }
    }

    // ---- the applications: Deployment, Service, probes, image, resources, PDB, HPA

    List<String> applications() throws IOException {
        Problems p = new Problems();
        for (String app : SuiteFacts.APPLICATIONS) {
            int port = facts.httpPort(app);
            p.expectEqual(port, facts.portsEnvPort(app), "quarkus.http.port of %s vs infra/ports.env", app);
            Optional<Deployment> deployment = manifests.named(Deployment.class, app);
            Optional<Container> container = deployment.flatMap(d -> container(d, app));
            if (container.isEmpty()) {
                p.add("no Deployment '%s' with a container '%s'", app, app);
                continue;
            }
            Container c = container.get();
            Map<String, String> podLabels = deployment.get().getSpec().getTemplate().getMetadata().getLabels();
            p.expect(c.getPorts().stream().anyMatch(cp -> "http".equals(cp.getName()) && cp.getContainerPort() == port),
                    "container '%s' declares no port 'http' = %d (quarkus.http.port): %s", app, port, c.getPorts());
            checkProbe(p, app, "readinessProbe", c.getReadinessProbe(), "/q/health/ready", port);
            checkProbe(p, app, "livenessProbe", c.getLivenessProbe(), "/q/health/live", port);
            checkProbe(p, app, "startupProbe", c.getStartupProbe(), "/q/health/started", port);

            String image = c.getImage() == null ? "" : c.getImage().replaceFirst("@.*$", "").replaceFirst(":[^:/]*$", "");
            p.expectEqual(image.substring(image.lastIndexOf('/') + 1), facts.composeImages.get(app),
                    "image of '%s' (%s, without registry and tag) vs the image docker compose builds", app, c.getImage());
            checkResources(p, app, c);

            Optional<Service> service = manifests.named(Service.class, app);
            if (service.isEmpty()) {
                p.add("no Service '%s'", app);
            } else {
                p.expect(service.get().getSpec().getPorts().stream()
                                .anyMatch(sp -> sp.getPort() == port && "http".equals(sp.getTargetPort().getStrVal())),
                        "Service '%s' has no port %d with targetPort 'http': %s", app, port, service.get().getSpec().getPorts());
                p.expect(selects(service.get().getSpec().getSelector(), podLabels),
                        "Service '%s' selector %s does not select the pods %s", app, service.get().getSpec().getSelector(), podLabels);
            }
            Optional<PodDisruptionBudget> pdb = manifests.named(PodDisruptionBudget.class, app);
            if (pdb.isEmpty()) {
                p.add("no PodDisruptionBudget '%s'", app);
            } else {
                p.expect(selects(pdb.get().getSpec().getSelector().getMatchLabels(), podLabels),
                        "PodDisruptionBudget '%s' does not select the pods %s", app, podLabels);
                p.expect(pdb.get().getSpec().getMaxUnavailable() != null,
                        "PodDisruptionBudget '%s' sets no maxUnavailable (minAvailable: 1 blocks node drains with one pod)", app);
            }
            Optional<HorizontalPodAutoscaler> hpa = manifests.named(HorizontalPodAutoscaler.class, app);
            if (hpa.isEmpty()) {
                p.add("no HorizontalPodAutoscaler '%s' (every application is stateless, docs/adr/0024)", app);
            } else {
                var target = hpa.get().getSpec().getScaleTargetRef();
                p.expect("Deployment".equals(target.getKind()) && app.equals(target.getName()),
                        "HorizontalPodAutoscaler '%s' scales %s/%s, not Deployment/%s", app, target.getKind(), target.getName(), app);
                p.expect(deployment.get().getSpec().getReplicas() == null,
                        "Deployment '%s' sets replicas although its HorizontalPodAutoscaler owns the count", app);
                Integer min = hpa.get().getSpec().getMinReplicas();
                p.expect(min != null && min >= 1 && min <= hpa.get().getSpec().getMaxReplicas(),
                        "HorizontalPodAutoscaler '%s': minReplicas %s, maxReplicas %s", app, min, hpa.get().getSpec().getMaxReplicas());
            }
        }
        return p.list;
    }

    private static Optional<Container> container(Deployment deployment, String name) {
        return deployment.getSpec().getTemplate().getSpec().getContainers().stream()
                .filter(c -> name.equals(c.getName())).findFirst();
    }

    private static boolean selects(Map<String, String> selector, Map<String, String> labels) {
        return selector != null && !selector.isEmpty() && labels != null && labels.entrySet().containsAll(selector.entrySet());
    }

    private void checkProbe(Problems p, String app, String kind, Probe probe, String path, int port) {
        HTTPGetAction get = probe == null ? null : probe.getHttpGet();
        if (get == null) {
            p.add("%s of '%s' is missing or not an httpGet", kind, app);
            return;
        }
        p.expectEqual(get.getPath(), path, "%s path of '%s'", kind, app);
        boolean rightPort = "http".equals(get.getPort().getStrVal()) || Integer.valueOf(port).equals(get.getPort().getIntVal());
        p.expect(rightPort, "%s of '%s' asks port %s, not 'http' (%d)", kind, app, get.getPort(), port);
    }

    private void checkResources(Problems p, String app, Container c) {
        var resources = c.getResources();
        Map<String, Quantity> requests = resources == null || resources.getRequests() == null ? Map.of() : resources.getRequests();
        Map<String, Quantity> limits = resources == null || resources.getLimits() == null ? Map.of() : resources.getLimits();
        p.expect(requests.containsKey("cpu") && requests.containsKey("memory"),
                "'%s' requests no cpu or memory (the HorizontalPodAutoscaler and the scheduler need both): %s", app, requests);
        p.expect(limits.containsKey("memory"), "'%s' has no memory limit (the heap is sized from it)", app);
        if (requests.containsKey("memory") && limits.containsKey("memory")) {
            p.expect(Quantity.getAmountInBytes(requests.get("memory")).compareTo(Quantity.getAmountInBytes(limits.get("memory"))) <= 0,
                    "'%s' requests more memory (%s) than its limit (%s)", app, requests.get("memory"), limits.get("memory"));
        }
    }

    // ---- environment: every name set is read, every name read is set

    List<String> environment() throws IOException {
        Problems p = new Problems();
        for (String app : SuiteFacts.APPLICATIONS) {
            QuarkusModule module = facts.applications.get(app);
            Map<String, EnvValue> environment = environment(p, app);
            Set<String> accepted = new TreeSet<>(module.variablesRead());
            accepted.addAll(module.quarkusEnvironmentNames());
            accepted.add(HTTP_HOST_VARIABLE);
            if (facts.dockerfile(app).contains(RUNTIME_IMAGE)) {
                accepted.addAll(IMAGE_VARIABLES);
            }
            for (String variable : environment.keySet()) {
                p.expect(accepted.contains(variable), "'%s' is given %s, which %s never reads (a typo?)", app, variable, module.sources());
            }
            for (String variable : module.variablesReadInProd()) {
                if (variable.startsWith("KAM_") || variable.startsWith("KAFKA_")) {
                    p.expect(environment.containsKey(variable),
                            "%s reads %s, which the manifests do not set for '%s' (its 127.0.0.1 default would apply)",
                            module.sources(), variable, app);
                }
            }
            p.expectEqual(literal(environment, HTTP_HOST_VARIABLE), "0.0.0.0", "%s of '%s'", HTTP_HOST_VARIABLE, app);
            p.expectEqual(literal(environment, "KAM_LOG_JSON"), "true", "KAM_LOG_JSON of '%s'", app);
        }
        return p.list;
    }

    /** The container's environment: its envFrom ConfigMaps (a missing one is a problem), then its env entries. */
    Map<String, EnvValue> environment(String app) {
        return environment(new Problems(), app);
    }

    private Map<String, EnvValue> environment(Problems p, String app) {
        Map<String, EnvValue> result = new TreeMap<>();
        Optional<Container> container = manifests.named(Deployment.class, app).flatMap(d -> container(d, app));
        if (container.isEmpty()) {
            p.add("no Deployment '%s' with a container '%s'", app, app);
            return result;
        }
        for (EnvFromSource source : container.get().getEnvFrom()) {
            if (source.getConfigMapRef() == null) {
                p.add("'%s' takes its environment from something other than a ConfigMap: %s", app, source);
                continue;
            }
            String name = source.getConfigMapRef().getName();
            Optional<ConfigMap> configMap = manifests.named(ConfigMap.class, name);
            p.expect(configMap.isPresent(), "'%s' takes its environment from ConfigMap '%s', which does not exist", app, name);
            configMap.ifPresent(cm -> cm.getData().forEach((k, v) -> result.put(k, new EnvValue(v, null, null))));
        }
        for (EnvVar variable : container.get().getEnv()) {
            if (variable.getValueFrom() != null && variable.getValueFrom().getSecretKeyRef() != null) {
                var ref = variable.getValueFrom().getSecretKeyRef();
                result.put(variable.getName(), new EnvValue(null, ref.getName(), ref.getKey()));
            } else {
                result.put(variable.getName(), new EnvValue(variable.getValue(), null, null));
            }
        }
        return result;
    }

    private static String literal(Map<String, EnvValue> environment, String name) {
        EnvValue value = environment.get(name);
        return value == null ? null : value.value();
    }

    // ---- addresses between the applications

    List<String> upstreams() {
        Problems p = new Problems();
        int checked = 0;
        for (String app : SuiteFacts.APPLICATIONS) {
            for (Map.Entry<String, EnvValue> variable : environment(p, app).entrySet()) {
                Matcher upstream = UPSTREAM.matcher(variable.getKey());
                if (!upstream.matches()) {
                    continue;
                }
                checked++;
                String service = upstream.group(1).toLowerCase() + "-service";
                p.expectEqual(variable.getValue().value(), "http://" + service + ":" + facts.httpPort(service),
                        "%s of '%s' (the Service of %s)", variable.getKey(), app, service);
                p.expect(manifests.named(Service.class, service).isPresent(), "%s of '%s' names Service '%s', which does not exist",
                        variable.getKey(), app, service);
            }
        }
        p.expect(checked >= 4, "only %d upstream URLs found (the gateway has three, contact-service one)", checked);
        return p.list;
    }

    // ---- PostgreSQL: the CloudNativePG cluster, one database per service

    List<String> databases() {
        Problems p = new Problems();
        List<GenericKubernetesResource> clusters = manifests.generic("Cluster");
        if (clusters.size() != 1) {
            p.add("expected one CloudNativePG Cluster, found %d", clusters.size());
            return p.list;
        }
        String cluster = clusters.get(0).getMetadata().getName();
        JsonNode initdb = spec(clusters.get(0)).path("bootstrap").path("initdb");
        String owner = initdb.path("owner").asText(null);
        String credentials = initdb.path("secret").path("name").asText(null);
        p.expect(owner != null && credentials != null, "Cluster '%s' bootstraps no owner with a secret: %s", cluster, initdb);

        Map<String, String> expected = new TreeMap<>();
        for (String app : SuiteFacts.APPLICATIONS) {
            String database = facts.applications.get(app).resolvedProdValue("kam.db.name", Map.of());
            if (database == null) {
                continue;
            }
            expected.put(database, owner);
            Map<String, EnvValue> environment = environment(p, app);
            p.expectEqual(literal(environment, "KAM_DB_HOST"), cluster + "-rw", "KAM_DB_HOST of '%s' (the primary's Service)", app);
            p.expectEqual(literal(environment, "KAM_DB_PORT"), "5432", "KAM_DB_PORT of '%s'", app);
            p.expectEqual(environment.get("KAM_DB_USER"), new EnvValue(null, credentials, "username"), "KAM_DB_USER of '%s'", app);
            p.expectEqual(environment.get("KAM_DB_PASSWORD"), new EnvValue(null, credentials, "password"), "KAM_DB_PASSWORD of '%s'", app);
        }
        p.expectEqual(expected.size(), 3, "services that set kam.db.name");
        keycloakDatabase(p, cluster, clusters.get(0)).ifPresent(db -> expected.put(db.getKey(), db.getValue()));

        Map<String, String> declared = new TreeMap<>();
        for (GenericKubernetesResource database : manifests.generic("Database")) {
            JsonNode spec = spec(database);
            declared.put(spec.path("name").asText(), spec.path("owner").asText());
            p.expectEqual(spec.path("cluster").path("name").asText(), cluster, "cluster of Database '%s'", database.getMetadata().getName());
        }
        p.expectEqual(declared, expected, "databases (name=owner) declared by Database resources vs kam.db.name and Keycloak's");
        return p.list;
    }

    /** Keycloak's database and owner, checked against the cluster's managed roles. */
    private Optional<Map.Entry<String, String>> keycloakDatabase(Problems p, String cluster, GenericKubernetesResource pg) {
        List<GenericKubernetesResource> keycloaks = manifests.generic("Keycloak");
        if (keycloaks.size() != 1) {
            return Optional.empty();
        }
        JsonNode db = spec(keycloaks.get(0)).path("db");
        p.expectEqual(db.path("host").asText(), cluster + "-rw", "host of Keycloak's database");
        String secret = db.path("passwordSecret").path("name").asText();
        String role = null;
        for (JsonNode managed : spec(pg).path("managed").path("roles")) {
            if (secret.equals(managed.path("passwordSecret").path("name").asText())) {
                role = managed.path("name").asText();
            }
        }
        p.expect(role != null, "no managed role of Cluster '%s' has Keycloak's password secret '%s'", cluster, secret);
        return Optional.of(Map.entry(db.path("database").asText(), String.valueOf(role)));
    }

    // ---- Kafka: Strimzi cluster, node pools, a KafkaTopic per topic

    List<String> kafka() {
        Problems p = new Problems();
        List<Kafka> clusters = manifests.all(Kafka.class);
        if (clusters.size() != 1) {
            p.add("expected one Kafka, found %d", clusters.size());
            return p.list;
        }
        Kafka kafka = clusters.get(0);
        String name = kafka.getMetadata().getName();
        Optional<GenericKafkaListener> plain = kafka.getSpec().getKafka().getListeners().stream()
                .filter(l -> !l.isTls() && "internal".equals(l.getType().toValue())).findFirst();
        p.expect(plain.isPresent(), "Kafka '%s' has no internal listener without TLS", name);
        String bootstrap = name + "-kafka-bootstrap:" + plain.map(GenericKafkaListener::getPort).orElse(-1);
        for (String app : SuiteFacts.APPLICATIONS) {
            if (facts.applications.get(app).variablesRead().contains("KAFKA_BOOTSTRAP_SERVERS")) {
                p.expectEqual(literal(environment(p, app), "KAFKA_BOOTSTRAP_SERVERS"), bootstrap, "KAFKA_BOOTSTRAP_SERVERS of '%s'", app);
            }
        }
        Map<String, Object> config = kafka.getSpec().getKafka().getConfig();
        p.expectEqual(String.valueOf(config.get("auto.create.topics.enable")), "false",
                "auto.create.topics.enable of Kafka '%s' (else a topic without a KafkaTopic appears on first use)", name);

        int brokers = 0;
        for (KafkaNodePool pool : manifests.all(KafkaNodePool.class)) {
            p.expectEqual(pool.getMetadata().getLabels().get("strimzi.io/cluster"), name, "strimzi.io/cluster of KafkaNodePool '%s'",
                    pool.getMetadata().getName());
            if (pool.getSpec().getRoles().contains(ProcessRoles.BROKER)) {
                brokers += pool.getSpec().getReplicas();
            }
        }
        p.expect(brokers >= 1, "no KafkaNodePool with the broker role");
        for (String key : List.of("default.replication.factor", "offsets.topic.replication.factor",
                "transaction.state.log.replication.factor")) {
            int factor = Integer.parseInt(String.valueOf(config.getOrDefault(key, "3")));
            p.expect(factor <= brokers, "%s of Kafka '%s' is %d with %d brokers", key, name, factor, brokers);
        }

        Map<String, KafkaTopic> topics = new TreeMap<>();
        for (KafkaTopic topic : manifests.all(KafkaTopic.class)) {
            String topicName = topic.getSpec().getTopicName() != null ? topic.getSpec().getTopicName() : topic.getMetadata().getName();
            topics.put(topicName, topic);
        }
        p.expectEqual(topics.keySet(), facts.allTopics(),
                "KafkaTopics vs the topics of events/asyncapi.yaml and the consumers' dead-letter topics");
        for (Map.Entry<String, KafkaTopic> entry : topics.entrySet()) {
            KafkaTopic topic = entry.getValue();
            String topicName = entry.getKey();
            p.expectEqual(topic.getMetadata().getLabels().get("strimzi.io/cluster"), name, "strimzi.io/cluster of KafkaTopic '%s'", topicName);
            Integer contract = facts.contractTopics.get(topicName);
            if (contract != null) {
                p.expectEqual(topic.getSpec().getPartitions(), contract, "partitions of KafkaTopic '%s' vs events/asyncapi.yaml", topicName);
            }
            int replicas = topic.getSpec().getReplicas();
            p.expect(replicas <= brokers, "KafkaTopic '%s' wants %d replicas of %d brokers", topicName, replicas, brokers);
            Map<String, Object> topicConfig = topic.getSpec().getConfig() == null ? Map.of() : topic.getSpec().getConfig();
            p.expect(topicConfig.containsKey("retention.ms"), "KafkaTopic '%s' sets no retention.ms (docs/adr/0024 says why each keeps what)", topicName);
            if (replicas > 1) {
                Object minIsr = topicConfig.getOrDefault("min.insync.replicas", config.get("min.insync.replicas"));
                p.expect(minIsr != null && Integer.parseInt(String.valueOf(minIsr)) > 1 && Integer.parseInt(String.valueOf(minIsr)) < replicas,
                        "KafkaTopic '%s': %d replicas need 1 < min.insync.replicas < %d, is %s", topicName, replicas, replicas, minIsr);
            }
        }
        return p.list;
    }

    // ---- scaling

    /** Several pods of a consumer share its group's partitions: more pods than partitions would idle. */
    List<String> scaling() {
        Problems p = new Problems();
        Map<String, Integer> partitions = new TreeMap<>();
        for (KafkaTopic topic : manifests.all(KafkaTopic.class)) {
            partitions.put(topic.getSpec().getTopicName() != null ? topic.getSpec().getTopicName() : topic.getMetadata().getName(),
                    topic.getSpec().getPartitions());
        }
        for (String app : SuiteFacts.APPLICATIONS) {
            Optional<HorizontalPodAutoscaler> hpa = manifests.named(HorizontalPodAutoscaler.class, app);
            for (String topic : facts.consumedTopics.get(app)) {
                Integer count = partitions.get(topic);
                p.expect(count != null, "'%s' consumes %s, which has no KafkaTopic", app, topic);
                if (count != null && hpa.isPresent()) {
                    p.expect(hpa.get().getSpec().getMaxReplicas() <= count,
                            "HorizontalPodAutoscaler '%s' allows %d pods, but %s has %d partitions", app,
                            hpa.get().getSpec().getMaxReplicas(), topic, count);
                }
            }
        }
        return p.list;
    }

    // ---- Keycloak: issuer, addresses, the realm import

    List<String> keycloak() {
        Problems p = new Problems();
        List<GenericKubernetesResource> keycloaks = manifests.generic("Keycloak");
        List<GenericKubernetesResource> imports = manifests.generic("KeycloakRealmImport");
        if (keycloaks.size() != 1 || imports.size() != 1) {
            p.add("expected one Keycloak and one KeycloakRealmImport, found %d and %d", keycloaks.size(), imports.size());
            return p.list;
        }
        String name = keycloaks.get(0).getMetadata().getName();
        JsonNode spec = spec(keycloaks.get(0));
        String hostname = spec.path("hostname").path("hostname").asText("").replaceAll("/+$", "");
        p.expect(hostname.startsWith("http"), "hostname of Keycloak '%s' is not a full URL (the issuer would follow the request): %s",
                name, hostname);
        p.expect(spec.path("hostname").path("backchannelDynamic").asBoolean(false),
                "Keycloak '%s' has no backchannelDynamic: discovery would send the services to %s", name, hostname);
        p.expect(spec.path("http").path("httpEnabled").asBoolean(false), "Keycloak '%s' serves no HTTP inside the cluster", name);
        String internal = "http://" + name + "-service:" + spec.path("http").path("httpPort").asInt(8080);

        JsonNode realmImport = spec(imports.get(0));
        p.expectEqual(realmImport.path("keycloakCRName").asText(), name, "keycloakCRName of the realm import");
        JsonNode realm = realmImport.path("realm");
        String realmName = facts.realm.path("realm").asText();
        for (String app : SuiteFacts.APPLICATIONS) {
            Map<String, EnvValue> environment = environment(p, app);
            p.expectEqual(literal(environment, "KAM_OIDC_ISSUER"), hostname + "/realms/" + realmName,
                    "KAM_OIDC_ISSUER of '%s' (Keycloak's hostname + /realms/%s)", app, realmName);
            p.expectEqual(literal(environment, "KAM_OIDC_URL"), internal + "/realms/" + realmName, "KAM_OIDC_URL of '%s'", app);
            if (facts.applications.get(app).variablesRead().contains("KAM_DIRECTORY_URL")) {
                p.expectEqual(literal(environment, "KAM_DIRECTORY_URL"), internal, "KAM_DIRECTORY_URL of '%s'", app);
            }
        }
        if (purpose == Purpose.LOCAL) {
            p.expect(realm.equals(facts.realm), "the realm import differs from %s: run deploy/k8s/base/keycloak/generate-realm-import.sh",
                    SuiteFacts.REALM_FILE);
            String directorySecret = clientSecret(facts.realm, "kam-directory");
            EnvValue given = environment(p, "account-service").get("KAM_DIRECTORY_CLIENT_SECRET");
            Optional<String> value = given == null ? Optional.empty() : secretValue(given.secretName(), given.secretKey());
            p.expectEqual(value.orElse(null), directorySecret, "KAM_DIRECTORY_CLIENT_SECRET vs the kam-directory client of the realm");
        } else {
            productionRealm(p, realmImport);
        }
        return p.list;
    }

    /**
     * The production realm is the realm file without demo users and password-grant clients, with
     * TLS required, no local redirect address, and every client secret a placeholder fed from a Secret.
     */
    private void productionRealm(Problems p, JsonNode realmImport) {
        JsonNode realm = realmImport.path("realm");
        JsonNode placeholders = realmImport.path("placeholders");
        Set<String> keys = new TreeSet<>();
        realm.fieldNames().forEachRemaining(keys::add);
        Set<String> fileKeys = new TreeSet<>();
        facts.realm.fieldNames().forEachRemaining(fileKeys::add);
        p.expectEqual(keys, fileKeys, "top-level keys of the production realm vs %s", SuiteFacts.REALM_FILE);
        for (String key : fileKeys) {
            if (!Set.of("users", "clients", "sslRequired").contains(key)) {
                p.expectEqual(realm.path(key), facts.realm.path(key), "'%s' of the production realm vs %s", key, SuiteFacts.REALM_FILE);
            }
        }
        p.expect(Set.of("external", "all").contains(realm.path("sslRequired").asText()), "sslRequired of the production realm is %s",
                realm.path("sslRequired").asText());
        for (JsonNode user : realm.path("users")) {
            p.expect(!user.has("credentials"), "the production realm has user '%s' with credentials", user.path("username").asText());
            p.expect(contains(facts.realm.path("users"), user), "user '%s' of the production realm is not the realm file's",
                    user.path("username").asText());
        }
        for (JsonNode client : realm.path("clients")) {
            String clientId = client.path("clientId").asText();
            p.expect(!client.path("directAccessGrantsEnabled").asBoolean(false), "client '%s' allows the password grant", clientId);
            JsonNode original = null;
            for (JsonNode candidate : facts.realm.path("clients")) {
                if (clientId.equals(candidate.path("clientId").asText())) {
                    original = candidate;
                }
            }
            if (original == null) {
                p.add("client '%s' is not in %s", clientId, SuiteFacts.REALM_FILE);
                continue;
            }
            p.expectEqual(without(client, "secret", "redirectUris"), without(original, "secret", "redirectUris"),
                    "client '%s' (but its secret and redirect URIs) vs the realm file", clientId);
            p.expect(!client.path("redirectUris").toString().matches(".*(localhost|127\\.0\\.0\\.1).*"),
                    "client '%s' redirects to a local address: %s", clientId, client.path("redirectUris"));
            if (client.has("secret")) {
                Matcher placeholder = PLACEHOLDER.matcher(client.path("secret").asText());
                p.expect(placeholder.matches() && placeholders.has(placeholder.group(1)),
                        "client '%s' has a literal secret, not a placeholder fed from a Secret", clientId);
            }
        }
        String directory = clientSecret(realm, "kam-directory");
        Matcher placeholder = directory == null ? null : PLACEHOLDER.matcher(directory);
        if (placeholder == null || !placeholder.matches()) {
            p.add("the production realm has no kam-directory client with a secret placeholder");
            return;
        }
        JsonNode source = placeholders.path(placeholder.group(1)).path("secret");
        for (String app : SuiteFacts.APPLICATIONS) {
            EnvValue given = environment(p, app).get("KAM_DIRECTORY_CLIENT_SECRET");
            if (given != null) {
                p.expectEqual(given, new EnvValue(null, source.path("name").asText(), source.path("key").asText()),
                        "KAM_DIRECTORY_CLIENT_SECRET of '%s' vs the Secret the realm import puts into kam-directory", app);
            }
        }
    }

    private static String clientSecret(JsonNode realm, String clientId) {
        for (JsonNode client : realm.path("clients")) {
            if (clientId.equals(client.path("clientId").asText())) {
                return client.path("secret").asText(null);
            }
        }
        return null;
    }

    private static boolean contains(JsonNode array, JsonNode element) {
        for (JsonNode item : array) {
            if (item.equals(element)) {
                return true;
            }
        }
        return false;
    }

    private static JsonNode without(JsonNode node, String... fields) {
        ObjectNode copy = node.deepCopy();
        copy.remove(List.of(fields));
        return copy;
    }

    // ---- Secrets: provided by the local overlay, named in docs/deployment.md for production

    List<String> secrets() {
        Problems p = new Problems();
        List<SecretRef> needed = secretsNeeded();
        p.expect(!needed.isEmpty(), "no resource references a Secret");
        for (SecretRef ref : needed) {
            if (purpose == Purpose.LOCAL) {
                p.expect(secretValue(ref.name(), ref.key()).isPresent(), "%s needs Secret '%s'%s, which the overlay does not provide",
                        ref.neededBy(), ref.name(), ref.key() == null ? "" : " with key '" + ref.key() + "'");
            } else {
                p.expect(facts.deploymentGuide.contains("`" + ref.name() + "`"),
                        "%s needs Secret '%s', which docs/deployment.md does not tell operators to create", ref.neededBy(), ref.name());
            }
        }
        if (purpose == Purpose.PRODUCTION) {
            p.expect(manifests.all(Secret.class).isEmpty(), "the production overlay commits Secrets: %s",
                    manifests.all(Secret.class).stream().map(s -> s.getMetadata().getName()).toList());
        }
        return p.list;
    }

    List<SecretRef> secretsNeeded() {
        List<SecretRef> needed = new ArrayList<>();
        for (String app : SuiteFacts.APPLICATIONS) {
            environment(new Problems(), app).forEach((variable, value) -> {
                if (value.fromSecret()) {
                    needed.add(new SecretRef(value.secretName(), value.secretKey(), variable + " of '" + app + "'"));
                }
            });
        }
        for (GenericKubernetesResource cluster : manifests.generic("Cluster")) {
            JsonNode spec = spec(cluster);
            String owner = spec.path("bootstrap").path("initdb").path("secret").path("name").asText(null);
            if (owner != null) {
                needed.add(new SecretRef(owner, "password", "the database owner of Cluster '" + cluster.getMetadata().getName() + "'"));
            }
            for (JsonNode role : spec.path("managed").path("roles")) {
                needed.add(new SecretRef(role.path("passwordSecret").path("name").asText(), "password",
                        "role '" + role.path("name").asText() + "'"));
            }
        }
        for (GenericKubernetesResource keycloak : manifests.generic("Keycloak")) {
            JsonNode spec = spec(keycloak);
            for (String field : List.of("usernameSecret", "passwordSecret")) {
                JsonNode ref = spec.path("db").path(field);
                needed.add(new SecretRef(ref.path("name").asText(), ref.path("key").asText(), "Keycloak's database " + field));
            }
            needed.add(new SecretRef(spec.path("bootstrapAdmin").path("user").path("secret").asText(), "password",
                    "Keycloak's bootstrap admin"));
        }
        for (GenericKubernetesResource realmImport : manifests.generic("KeycloakRealmImport")) {
            Iterator<Map.Entry<String, JsonNode>> placeholders = spec(realmImport).path("placeholders").fields();
            placeholders.forEachRemaining(entry -> needed.add(new SecretRef(entry.getValue().path("secret").path("name").asText(),
                    entry.getValue().path("secret").path("key").asText(), "realm placeholder " + entry.getKey())));
        }
        for (Ingress ingress : manifests.all(Ingress.class)) {
            for (IngressTLS tls : ingress.getSpec().getTls()) {
                needed.add(new SecretRef(tls.getSecretName(), null, "TLS of Ingress '" + ingress.getMetadata().getName() + "'"));
            }
        }
        return needed;
    }

    /** A Secret's value from stringData or (base64) data. */
    private Optional<String> secretValue(String name, String key) {
        Optional<Secret> secret = manifests.named(Secret.class, name);
        if (secret.isEmpty() || key == null) {
            return secret.map(s -> "");
        }
        Map<String, String> stringData = secret.get().getStringData();
        if (stringData != null && stringData.containsKey(key)) {
            return Optional.of(stringData.get(key));
        }
        Map<String, String> data = secret.get().getData();
        return data != null && data.containsKey(key)
                ? Optional.of(new String(java.util.Base64.getDecoder().decode(data.get(key)), java.nio.charset.StandardCharsets.UTF_8))
                : Optional.empty();
    }

    static JsonNode spec(GenericKubernetesResource resource) {
        return JSON.valueToTree(resource.getAdditionalProperties()).path("spec");
    }

    /** Every check, for a summary. */
    List<String> all() throws IOException {
        Map<String, List<String>> byCheck = new LinkedHashMap<>();
        byCheck.put("applications", applications());
        byCheck.put("environment", environment());
        byCheck.put("upstreams", upstreams());
        byCheck.put("databases", databases());
        byCheck.put("kafka", kafka());
        byCheck.put("scaling", scaling());
        byCheck.put("keycloak", keycloak());
        byCheck.put("secrets", secrets());
        List<String> all = new ArrayList<>();
        byCheck.values().forEach(all::addAll);
        return all;
    }
}
