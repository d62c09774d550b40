package dev.kam.e2e.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the code and the other deployment files say, which the Kubernetes manifests must agree with:
 * each application's configuration, infra/ports.env, the topics of events/asyncapi.yaml and the
 * consumers' dead-letter topics, the image names docker compose gives, the realm file and the
 * secret names docs/deployment.md tells operators to create.
 */
final class SuiteFacts {

    static final List<String> APPLICATIONS = List.of("account-service", "contact-service", "incentive-service", "gateway");
    static final String REALM_FILE = "infra/keycloak/kam-realm.json";
    private static final Pattern INCOMING_TOPIC = Pattern.compile("mp\\.messaging\\.incoming\\.([^.]+)\\.topic");
    private static final Pattern DEAD_LETTER_TOPIC = Pattern.compile("mp\\.messaging\\.incoming\\.[^.]+\\.dead-letter-queue\\.topic");

    final Path root;
    final Properties portsEnv;
    final Map<String, QuarkusModule> applications = new LinkedHashMap<>();
    /** AsyncAPI topic address to its partitions (the Kafka channel binding). */
    final Map<String, Integer> contractTopics = new TreeMap<>();
    final Set<String> deadLetterTopics = new TreeSet<>();
    final Map<String, Set<String>> consumedTopics = new TreeMap<>();
    final Map<String, String> composeImages = new TreeMap<>();
    final JsonNode realm;
    final String deploymentGuide;

    private SuiteFacts(Path root) throws IOException {
        this.root = root;
        portsEnv = QuarkusModule.read(root.resolve("infra/ports.env"));
        for (String app : APPLICATIONS) {
            QuarkusModule module = QuarkusModule.load(root, app);
            applications.put(app, module);
            Set<String> consumed = new TreeSet<>();
            for (String key : module.propertyNames()) {
                Matcher incoming = INCOMING_TOPIC.matcher(key);
                if (incoming.matches() && "smallrye-kafka".equals(module.prodValue(
                        "mp.messaging.incoming." + incoming.group(1) + ".connector"))) {
                    consumed.add(module.prodValue(key));
                }
                if (DEAD_LETTER_TOPIC.matcher(key).matches()) {
                    deadLetterTopics.add(module.prodValue(key));
                }
            }
            consumedTopics.put(app, consumed);
        }
        readContractTopics(root.resolve("events/asyncapi.yaml"));
        readComposeImages(root.resolve("docker-compose.yml"));
        realm = new ObjectMapper().readTree(root.resolve(REALM_FILE).toFile());
        deploymentGuide = Files.readString(root.resolve("docs/deployment.md"));
    }

    static SuiteFacts load(Path root) throws IOException {
        return new SuiteFacts(root);
    }

    private void readContractTopics(Path asyncapi) throws IOException {
        for (JsonNode channel : Kustomization.readAll(asyncapi).get(0).path("channels")) {
            JsonNode partitions = channel.path("bindings").path("kafka").path("partitions");
            if (!partitions.isInt()) {
                throw new IllegalStateException(asyncapi + ": channel " + channel.path("address").asText()
                        + " has no bindings.kafka.partitions");
            }
            contractTopics.put(channel.path("address").asText(), partitions.asInt());
        }
    }

    /** Compose names a built image {@code <project>-<service>} unless the service sets {@code image}. */
    private void readComposeImages(Path compose) throws IOException {
        JsonNode file = Kustomization.readAll(compose).get(0);
        String project = file.path("name").asText();
        for (String app : APPLICATIONS) {
            JsonNode service = file.path("services").path(app);
            composeImages.put(app, service.hasNonNull("image")
                    ? service.get("image").asText().replaceFirst(":[^:/]*$", "")
                    : project + "-" + app);
        }
    }

    int httpPort(String app) {
        return Integer.parseInt(applications.get(app).resolvedProdValue("quarkus.http.port", Map.of()).trim());
    }

    int portsEnvPort(String app) {
        String key = "KAM_" + app.replaceFirst("-service$", "").toUpperCase().replace('-', '_') + "_PORT";
        return Integer.parseInt(portsEnv.getProperty(key).trim());
    }

    /** Every topic a KafkaTopic must exist for: the contract's and the dead-letter topics. */
    Set<String> allTopics() {
        Set<String> all = new TreeSet<>(contractTopics.keySet());
        all.addAll(deadLetterTopics);
        return all;
    }

    String dockerfile(String app) throws IOException {
        return Files.readString(root.resolve(app).resolve("src/main/docker/Dockerfile.jvm"));
    }
}
