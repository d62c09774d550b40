package dev.kam.e2e.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * docker-compose.yml cannot be run on the build machines (no Docker engine), so it has to be right
 * by construction: this test checks it against what the applications actually read (their
 * application.properties and service-plumbing's shared defaults), infra/ports.env, the PostgreSQL
 * init script and the Keycloak realm file. A typo in a variable name, a port out of step, a
 * missing database or a dependency that does not wait for health fails the build.
 *
 * <p>It runs in the normal build (surefire). {@code -Dkam.compose.file=/some/other.yml} checks
 * another compose file; relative paths in it are still resolved against the repository root, where
 * docker-compose.yml lives.
 */
@DisplayName("docker-compose.yml agrees with the services' configuration")
class ComposeConsistencyTest {

    /** The applications the suite consists of; each has a module directory and a compose service of that name. */
    private static final List<String> EXPECTED_APPLICATIONS =
            List.of("account-service", "contact-service", "incentive-service", "gateway");
    private static final String GATEWAY = "gateway";
    private static final String KEYCLOAK = "keycloak";
    private static final String POSTGRES = "postgres";
    private static final String KAFKA = "kafka";
    private static final String REALM_FILE = "infra/keycloak/kam-realm.json";
    private static final String REALM_IMPORT_DIR = "/opt/keycloak/data/import/";
    private static final String INIT_DIR = "/docker-entrypoint-initdb.d";
    /** Set in compose without a property of that name: the Dockerfile sets it too, and it must be 0.0.0.0 in a container. */
    private static final String HTTP_HOST_VARIABLE = "QUARKUS_HTTP_HOST";
    private static final Pattern CREATE_DATABASE = Pattern.compile(
            "(?i)CREATE\\s+DATABASE\\s+\"?([A-Za-z0-9_]+)\"?\\s+(?:WITH\\s+)?OWNER\\s*=?\\s*\"?([A-Za-z0-9_]+)\"?");
    private static final Pattern GATEWAY_UPSTREAM = Pattern.compile("KAM_([A-Z0-9_]+)_URL");

    private static Path root;
    private static ComposeFile compose;
    private static Properties portsEnv;
    private static Map<String, QuarkusModule> applications;

    @BeforeAll
    static void load() throws IOException {
        root = RepositoryRoot.find();
        String override = System.getProperty("kam.compose.file");
        compose = ComposeFile.load(override == null || override.isBlank()
                ? root.resolve("docker-compose.yml")
                : Path.of(override).toAbsolutePath());
        portsEnv = QuarkusModule.read(root.resolve("infra/ports.env"));
        applications = new LinkedHashMap<>();
        for (String module : EXPECTED_APPLICATIONS) {
            applications.put(module, QuarkusModule.load(root, module));
        }
    }

    @Test
    @DisplayName("every module that is a Quarkus application is a compose service built from its module")
    void applicationsAreBuiltFromTheirModules() throws IOException {
        assertThat(modulesWithAnHttpPort())
                .as("modules of the root pom.xml whose application.properties set quarkus.http.port"
                        + " (each must be in docker-compose.yml and in this test's list)")
                .containsExactlyInAnyOrderElementsOf(EXPECTED_APPLICATIONS);

        SoftAssertions soft = new SoftAssertions();
        for (String app : EXPECTED_APPLICATIONS) {
            if (!compose.hasService(app)) {
                soft.fail("%s has no service '%s' (services: %s)", compose.file(), app, compose.serviceNames());
                continue;
            }
            Optional<Map.Entry<String, String>> build = compose.build(app);
            soft.assertThat(build).as("service '%s' has a build section", app).isPresent();
            if (build.isEmpty()) {
                continue;
            }
            Path context = root.resolve(build.get().getKey()).normalize();
            soft.assertThat(context).as("build context of '%s'", app).isEqualTo(root.resolve(app));
            Path dockerfile = context.resolve(build.get().getValue());
            soft.assertThat(dockerfile).as("Dockerfile of '%s' (build.dockerfile is relative to the context)", app)
                    .isRegularFile();
            if (Files.isRegularFile(dockerfile)) {
                int port = httpPort(app);
                soft.assertThat(Files.readString(dockerfile))
                        .as("%s exposes the port the application listens on", root.relativize(dockerfile))
                        .containsPattern("(?m)^EXPOSE\\s+(.*\\s)?" + port + "(\\s|$)")
                        .contains("-Dquarkus.http.host=0.0.0.0");
            }
        }
        soft.assertAll();
    }

    @Test
    @DisplayName("each application's ports equal quarkus.http.port and infra/ports.env, and its healthcheck asks that port")
    void portsAgreeWithPortsEnvAndHealthchecks() {
        SoftAssertions soft = new SoftAssertions();
        for (String app : EXPECTED_APPLICATIONS) {
            QuarkusModule module = applications.get(app);
            String portsKey = portsEnvKey(app);
            soft.assertThat(portsEnv.getProperty(portsKey)).as("infra/ports.env defines %s", portsKey).isNotBlank();
            String configured = module.prodValue("quarkus.http.port");
            soft.assertThat(configured).as("quarkus.http.port in %s", module.sources()).isNotBlank();
            if (configured == null || portsEnv.getProperty(portsKey) == null) {
                continue;
            }
            int port = Integer.parseInt(module.resolvedProdValue("quarkus.http.port", Map.of()).trim());
            soft.assertThat(port).as("quarkus.http.port of %s vs %s in infra/ports.env", app, portsKey)
                    .isEqualTo(Integer.parseInt(portsEnv.getProperty(portsKey).trim()));

            int inContainer = httpPort(app);
            soft.assertThat(inContainer)
                    .as("port %s listens on inside its container (QUARKUS_HTTP_PORT in compose, else quarkus.http.port)"
                            + " vs infra/ports.env", app)
                    .isEqualTo(port);

            List<ComposeFile.PortMapping> mappings = compose.ports(app);
            soft.assertThat(mappings).as("ports of '%s' in compose (published for the gateway and for debugging)", app)
                    .isNotEmpty();
            for (ComposeFile.PortMapping mapping : mappings) {
                soft.assertThat(mapping.target()).as("container port in '%s' of service '%s'", mapping.text(), app)
                        .isEqualTo(port);
                soft.assertThat(mapping.published()).as("published port in '%s' of service '%s'", mapping.text(), app)
                        .isEqualTo(port);
            }

            Optional<String> healthcheck = compose.healthcheckCommand(app);
            soft.assertThat(healthcheck).as("service '%s' has a healthcheck", app).isPresent();
            healthcheck.ifPresent(command -> soft.assertThat(command)
                    .as("healthcheck of '%s' asks /q/health/ready on port %d", app, port)
                    .contains("/q/health/ready")
                    .containsPattern("(?<![0-9])" + port + "(?![0-9])"));
        }
        soft.assertAll();
    }

    @Test
    @DisplayName("every variable compose sets for an application is one the application reads")
    void everyVariableSetIsRead() {
        SoftAssertions soft = new SoftAssertions();
        for (String app : EXPECTED_APPLICATIONS) {
            QuarkusModule module = applications.get(app);
            Map<String, String> environment = compose.environment(app);
            soft.assertThat(environment).as("environment of '%s' in compose", app).isNotEmpty();
            Set<String> accepted = new TreeSet<>(module.variablesRead());
            accepted.addAll(module.quarkusEnvironmentNames());
            accepted.add(HTTP_HOST_VARIABLE);
            for (String variable : environment.keySet()) {
                if (!accepted.contains(variable)) {
                    soft.fail("compose sets %s for '%s', but %s never reads it (a typo?). Variables it reads: %s;"
                            + " QUARKUS_* forms of its quarkus.* keys are accepted too",
                            variable, app, module.sources(), module.variablesRead());
                }
            }
            soft.assertThat(environment.get(HTTP_HOST_VARIABLE))
                    .as("%s of '%s' (else it listens on 127.0.0.1 only, unreachable from other containers)",
                            HTTP_HOST_VARIABLE, app)
                    .isEqualTo("0.0.0.0");
            soft.assertThat(environment.get("KAM_LOG_JSON")).as("KAM_LOG_JSON of '%s'", app).isEqualTo("true");
        }
        soft.assertAll();
    }

    @Test
    @DisplayName("every KAM_* / KAFKA_* variable an application reads is set in compose, so no 127.0.0.1 default applies")
    void everyVariableReadIsSet() {
        SoftAssertions soft = new SoftAssertions();
        for (String app : EXPECTED_APPLICATIONS) {
            QuarkusModule module = applications.get(app);
            Set<String> required = new TreeSet<>();
            module.variablesReadInProd().stream()
                    .filter(name -> name.startsWith("KAM_") || name.startsWith("KAFKA_"))
                    .forEach(required::add);
            soft.assertThat(required).as("KAM_*/KAFKA_* variables read by %s", module.sources())
                    .contains("KAM_OIDC_URL", "KAM_OIDC_ISSUER", "KAM_LOG_JSON");
            Map<String, String> environment = compose.environment(app);
            for (String variable : required) {
                soft.assertThat(environment.get(variable))
                        .as("%s reads %s; compose must set it for '%s' (environment: %s)",
                                module.sources(), variable, app, environment.keySet())
                        .isNotBlank();
            }
        }
        soft.assertAll();
    }

    @Test
    @DisplayName("the gateway's upstream URLs name the compose services and their ports")
    void gatewayUpstreamsAreTheComposeServices() {
        QuarkusModule gateway = applications.get(GATEWAY);
        Map<String, String> environment = compose.environment(GATEWAY);
        Map<String, String> upstreams = new TreeMap<>();
        for (String variable : gateway.variablesRead()) {
            Matcher matcher = GATEWAY_UPSTREAM.matcher(variable);
            // Keycloak's addresses (KAM_OIDC_URL, KAM_OIDC_PUBLIC_URL) and the gateway's own public URL are
            // addresses too, but not upstreams.
            if (matcher.matches() && !variable.startsWith("KAM_OIDC_") && !variable.startsWith("KAM_GATEWAY_")) {
                upstreams.put(variable, matcher.group(1).toLowerCase(Locale.ROOT).replace('_', '-') + "-service");
            }
        }
        assertThat(upstreams).as("KAM_*_URL variables the gateway reads, by the service each names")
                .containsOnlyKeys("KAM_ACCOUNT_URL", "KAM_CONTACT_URL", "KAM_INCENTIVE_URL");

        SoftAssertions soft = new SoftAssertions();
        upstreams.forEach((variable, service) -> {
            soft.assertThat(compose.serviceNames()).as("compose service for %s", variable).contains(service);
            if (applications.containsKey(service)) {
                soft.assertThat(environment.get(variable)).as("%s of the gateway", variable)
                        .isEqualTo("http://" + service + ":" + httpPort(service));
            }
        });
        soft.assertAll();
    }

    @Test
    @DisplayName("the databases the services use are created by the postgres init script, owned by their user")
    void databasesAreCreatedByTheInitScript() throws IOException {
        Map<String, String> postgresEnvironment = compose.environment(POSTGRES);
        String superuser = postgresEnvironment.get("POSTGRES_USER");
        assertThat(superuser).as("POSTGRES_USER of service '%s'", POSTGRES).isNotBlank();

        Map<String, String> created = createdDatabases();
        assertThat(created).as("databases created by the init scripts mounted into %s of '%s'", INIT_DIR, POSTGRES)
                .isNotEmpty();

        Map<String, String> databaseByService = new TreeMap<>();
        applications.forEach((app, module) -> {
            String database = module.resolvedProdValue("kam.db.name", compose.environment(app));
            if (database != null) {
                databaseByService.put(app, database);
            }
        });
        assertThat(databaseByService.keySet()).as("services that set kam.db.name")
                .containsExactlyInAnyOrder("account-service", "contact-service", "incentive-service");

        SoftAssertions soft = new SoftAssertions();
        databaseByService.forEach((app, database) -> {
            Map<String, String> environment = compose.environment(app);
            soft.assertThat(created).as("init script creates %s (kam.db.name of %s)", database, app)
                    .containsKey(database);
            soft.assertThat(created.get(database)).as("owner of %s", database)
                    .isEqualTo(environment.get("KAM_DB_USER"));
            soft.assertThat(environment.get("KAM_DB_USER")).as("KAM_DB_USER of '%s' vs POSTGRES_USER", app)
                    .isEqualTo(superuser);
            soft.assertThat(environment.get("KAM_DB_PASSWORD")).as("KAM_DB_PASSWORD of '%s' vs POSTGRES_PASSWORD", app)
                    .isEqualTo(postgresEnvironment.get("POSTGRES_PASSWORD"));
            soft.assertThat(environment.get("KAM_DB_HOST")).as("KAM_DB_HOST of '%s'", app).isEqualTo(POSTGRES);
            soft.assertThat(environment.get("KAM_DB_PORT")).as("KAM_DB_PORT of '%s' (the port inside the network)", app)
                    .isEqualTo("5432");
        });
        soft.assertAll();
    }

    private static Map<String, String> createdDatabases() throws IOException {
        List<Path> scripts = new ArrayList<>();
        for (ComposeFile.Mount mount : compose.volumes(POSTGRES)) {
            if (mount.isBindMount() && mount.target().startsWith(INIT_DIR)) {
                Path source = root.resolve(mount.source()).normalize();
                assertThat(source).as("init script mount %s of '%s'", mount.source(), POSTGRES).exists();
                if (Files.isDirectory(source)) {
                    try (Stream<Path> files = Files.list(source)) {
                        files.filter(f -> f.toString().endsWith(".sql") || f.toString().endsWith(".sh"))
                                .forEach(scripts::add);
                    }
                } else {
                    scripts.add(source);
                }
            }
        }
        assertThat(scripts).as("scripts mounted into %s of service '%s'", INIT_DIR, POSTGRES).isNotEmpty();
        Map<String, String> ownerByDatabase = new TreeMap<>();
        for (Path script : scripts) {
            String text = Files.readString(script).replaceAll("(?m)--.*$", "");
            Matcher matcher = CREATE_DATABASE.matcher(text);
            while (matcher.find()) {
                ownerByDatabase.put(matcher.group(1), matcher.group(2));
            }
        }
        return ownerByDatabase;
    }

    @Test
    @DisplayName("keycloak imports infra/keycloak/kam-realm.json and every application expects its issuer")
    void keycloakRealmAndIssuer() throws IOException {
        Path realmFile = root.resolve(REALM_FILE);
        assertThat(realmFile).as("the realm file").isRegularFile();
        String realm = new ObjectMapper().readTree(realmFile.toFile()).path("realm").asText();
        assertThat(realm).as("realm name in %s", REALM_FILE).isEqualTo("kam");

        List<ComposeFile.Mount> realmMounts = compose.volumes(KEYCLOAK).stream()
                .filter(ComposeFile.Mount::isBindMount)
                .filter(mount -> root.resolve(mount.source()).normalize().equals(realmFile))
                .toList();
        assertThat(realmMounts).as("bind mounts of %s into service '%s'", REALM_FILE, KEYCLOAK).hasSize(1);
        ComposeFile.Mount realmMount = realmMounts.get(0);
        assertThat(realmMount.target()).as("where the realm file is mounted").isEqualTo(REALM_IMPORT_DIR + "kam-realm.json");
        assertThat(realmMount.readOnly()).as("realm file mounted read-only (:ro)").isTrue();
        assertThat(compose.command(KEYCLOAK)).as("command of '%s'", KEYCLOAK).contains("--import-realm");

        Map<String, String> keycloakEnvironment = compose.environment(KEYCLOAK);
        String hostname = keycloakEnvironment.get("KC_HOSTNAME");
        assertThat(hostname).as("KC_HOSTNAME of '%s' (a full URL, so that the issuer is fixed)", KEYCLOAK)
                .startsWith("http");
        assertThat(keycloakEnvironment.get("KC_HOSTNAME_BACKCHANNEL_DYNAMIC"))
                .as("KC_HOSTNAME_BACKCHANNEL_DYNAMIC of '%s' (else discovery sends the services to KC_HOSTNAME)", KEYCLOAK)
                .isEqualTo("true");
        URI frontend = URI.create(hostname);
        assertThat(frontend.getPort()).as("port of KC_HOSTNAME vs KAM_KEYCLOAK_PORT in infra/ports.env")
                .isEqualTo(Integer.parseInt(portsEnv.getProperty("KAM_KEYCLOAK_PORT").trim()));
        Optional<ComposeFile.PortMapping> published = compose.ports(KEYCLOAK).stream()
                .filter(mapping -> Integer.valueOf(frontend.getPort()).equals(mapping.published()))
                .findFirst();
        assertThat(published).as("'%s' publishes the port of KC_HOSTNAME (%s)", KEYCLOAK, hostname).isPresent();
        String issuer = hostname.replaceAll("/+$", "") + "/realms/" + realm;

        SoftAssertions soft = new SoftAssertions();
        for (String app : EXPECTED_APPLICATIONS) {
            Map<String, String> environment = compose.environment(app);
            soft.assertThat(environment.get("KAM_OIDC_ISSUER")).as("KAM_OIDC_ISSUER of '%s' (KC_HOSTNAME + /realms/%s)",
                    app, realm).isEqualTo(issuer);
            soft.assertThat(environment.get("KAM_OIDC_URL"))
                    .as("KAM_OIDC_URL of '%s': Keycloak by service name, on the container port behind KC_HOSTNAME", app)
                    .isEqualTo("http://" + KEYCLOAK + ":" + published.get().target() + "/realms/" + realm);
        }
        soft.assertAll();
    }

    @Test
    @DisplayName("the applications' Kafka bootstrap servers are listeners the broker advertises in the network")
    void kafkaBootstrapServersAreAdvertised() {
        Set<String> advertised = new TreeSet<>();
        String listeners = compose.environment(KAFKA).get("KAFKA_ADVERTISED_LISTENERS");
        assertThat(listeners).as("KAFKA_ADVERTISED_LISTENERS of '%s'", KAFKA).isNotBlank();
        for (String listener : listeners.split(",")) {
            advertised.add(listener.trim().replaceFirst("^[A-Za-z0-9_]+://", ""));
        }
        SoftAssertions soft = new SoftAssertions();
        int checked = 0;
        for (String app : EXPECTED_APPLICATIONS) {
            String bootstrap = compose.environment(app).get("KAFKA_BOOTSTRAP_SERVERS");
            if (applications.get(app).variablesRead().contains("KAFKA_BOOTSTRAP_SERVERS")) {
                checked++;
                soft.assertThat(bootstrap).as("KAFKA_BOOTSTRAP_SERVERS of '%s'", app).isNotBlank();
                if (bootstrap != null) {
                    for (String server : bootstrap.split(",")) {
                        soft.assertThat(advertised).as("advertised listeners of '%s' contain %s (of '%s')",
                                KAFKA, server.trim(), app).contains(server.trim());
                    }
                }
            }
        }
        soft.assertThat(checked).as("applications that read KAFKA_BOOTSTRAP_SERVERS").isPositive();
        soft.assertAll();
    }

    @Test
    @DisplayName("every depends_on waits for service_healthy of a service that has a healthcheck, and covers what each needs")
    void dependenciesWaitForHealth() {
        SoftAssertions soft = new SoftAssertions();
        int dependencies = 0;
        for (String service : compose.serviceNames()) {
            for (Map.Entry<String, String> dependency : compose.dependsOn(service).entrySet()) {
                dependencies++;
                String target = dependency.getKey();
                soft.assertThat(dependency.getValue())
                        .as("'%s' depends_on '%s' must use condition: service_healthy", service, target)
                        .isEqualTo("service_healthy");
                if (!compose.hasService(target)) {
                    soft.fail("'%s' depends on '%s', which is not a service of %s", service, target, compose.file());
                    continue;
                }
                soft.assertThat(compose.healthcheckCommand(target))
                        .as("'%s' waits for '%s' to be healthy, so '%s' needs a healthcheck", service, target, target)
                        .isPresent();
            }
        }
        soft.assertThat(dependencies).as("depends_on entries in %s", compose.file()).isPositive();

        // What each application talks to is what its environment names (postgres, kafka:9092,
        // http://keycloak:8080/..., http://account-service:8081): it must wait for those.
        for (String app : EXPECTED_APPLICATIONS) {
            Set<String> needed = new TreeSet<>();
            for (String value : compose.environment(app).values()) {
                if (value == null) {
                    continue;
                }
                for (String other : compose.serviceNames()) {
                    if (!other.equals(app)
                            && Pattern.compile("(^|[/,@])" + Pattern.quote(other) + "(:[0-9]+)?($|[/,])")
                                    .matcher(value).find()) {
                        needed.add(other);
                    }
                }
            }
            soft.assertThat(needed).as("compose services named in the environment of '%s'", app)
                    .contains(KEYCLOAK);
            soft.assertThat(compose.dependsOn(app).keySet())
                    .as("depends_on of '%s' covers the services its environment names", app)
                    .containsAll(needed);
        }
        soft.assertThat(compose.dependsOn(GATEWAY).keySet()).as("depends_on of the gateway")
                .contains(KEYCLOAK, "account-service", "contact-service", "incentive-service");
        soft.assertAll();
    }

    /** The port the application listens on inside its container: QUARKUS_HTTP_PORT if compose sets it, else quarkus.http.port. */
    private static int httpPort(String app) {
        String fromCompose = compose.hasService(app) ? compose.environment(app).get("QUARKUS_HTTP_PORT") : null;
        String port = fromCompose != null
                ? fromCompose
                : applications.get(app).resolvedProdValue("quarkus.http.port",
                        compose.hasService(app) ? compose.environment(app) : Map.of());
        assertThat(port).as("HTTP port of %s", app).isNotBlank();
        return Integer.parseInt(port.trim());
    }

    private static String portsEnvKey(String app) {
        return "KAM_" + app.replaceFirst("-service$", "").toUpperCase(Locale.ROOT).replace('-', '_') + "_PORT";
    }

    private static Set<String> modulesWithAnHttpPort() throws IOException {
        String pom = Files.readString(root.resolve("pom.xml"));
        Matcher matcher = Pattern.compile("<module>([^<]+)</module>").matcher(pom);
        Set<String> modules = new TreeSet<>();
        while (matcher.find()) {
            String module = matcher.group(1).trim();
            Path properties = QuarkusModule.applicationProperties(root.resolve(module));
            if (Files.isRegularFile(properties)
                    && QuarkusModule.read(properties).getProperty("quarkus.http.port") != null) {
                modules.add(module);
            }
        }
        return modules;
    }
}
