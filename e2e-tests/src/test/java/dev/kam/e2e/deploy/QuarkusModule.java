package dev.kam.e2e.deploy;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The configuration one application module ships: its application.properties over the shared
 * defaults of service-plumbing's META-INF/microprofile-config.properties when the module depends on
 * service-plumbing (the same precedence as at run time: application.properties wins).
 */
final class QuarkusModule {

    static final String PLUMBING_DEFAULTS = "service-plumbing/src/main/resources/META-INF/microprofile-config.properties";

    /** {@code ${NAME} or ${NAME:default}} where NAME has no dot: an environment variable (or dot-less property). */
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?=[:}])");
    /** {@code ${name}} or {@code ${name:default}} without nesting inside the name. */
    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{([^:}$]+)(?::([^{}]*))?}");

    private final String name;
    private final Path dir;
    private final Properties properties;
    private final boolean usesPlumbing;

    private QuarkusModule(String name, Path dir, Properties properties, boolean usesPlumbing) {
        this.name = name;
        this.dir = dir;
        this.properties = properties;
        this.usesPlumbing = usesPlumbing;
    }

    static QuarkusModule load(Path repoRoot, String module) throws IOException {
        Path dir = repoRoot.resolve(module);
        boolean usesPlumbing = Files.readString(dir.resolve("pom.xml"))
                .contains("<artifactId>service-plumbing</artifactId>");
        Properties effective = new Properties();
        if (usesPlumbing) {
            effective.putAll(read(repoRoot.resolve(PLUMBING_DEFAULTS)));
        }
        Path ownDefaults = dir.resolve("src/main/resources/META-INF/microprofile-config.properties");
        if (Files.isRegularFile(ownDefaults)) {
            effective.putAll(read(ownDefaults));
        }
        effective.putAll(read(applicationProperties(dir)));
        return new QuarkusModule(module, dir, effective, usesPlumbing);
    }

    static Path applicationProperties(Path moduleDir) {
        return moduleDir.resolve("src/main/resources/application.properties");
    }

    static Properties read(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        }
        return properties;
    }

    String name() {
        return name;
    }

    Path dir() {
        return dir;
    }

    boolean usesPlumbing() {
        return usesPlumbing;
    }

    /** Where the properties come from, for failure messages. */
    String sources() {
        return name + "/src/main/resources/application.properties" + (usesPlumbing ? " + " + PLUMBING_DEFAULTS : "");
    }

    /** The value in the prod profile: {@code %prod.key} if set, else {@code key}. */
    String prodValue(String key) {
        String profiled = properties.getProperty("%prod." + key);
        return profiled != null ? profiled : properties.getProperty(key);
    }

    /** The prod value with {@code ${...}} expressions resolved: environment first, then properties, then defaults. */
    String resolvedProdValue(String key, Map<String, String> environment) {
        String value = prodValue(key);
        return value == null ? null : resolve(value, name -> {
            String fromEnv = environment.get(name);
            return fromEnv != null ? fromEnv : prodValue(name);
        }, 0);
    }

    private static String resolve(String value, Function<String, String> lookup, int depth) {
        if (depth > 10) {
            throw new IllegalStateException("expression nested too deeply: " + value);
        }
        String current = value;
        Matcher matcher = EXPRESSION.matcher(current);
        while (matcher.find()) {
            String found = lookup.apply(matcher.group(1));
            String replacement = found != null ? resolve(found, lookup, depth + 1) : matcher.group(2);
            if (replacement == null) {
                throw new IllegalStateException("unresolvable ${" + matcher.group(1) + "} in " + value);
            }
            current = current.substring(0, matcher.start()) + replacement + current.substring(matcher.end());
            matcher = EXPRESSION.matcher(current);
        }
        return current;
    }

    /** Every key the module sets, in any profile. */
    Set<String> propertyNames() {
        return properties.stringPropertyNames();
    }

    /** Every variable referenced as {@code ${NAME}} / {@code ${NAME:...}} in any key's value, any profile. */
    Set<String> variablesRead() {
        Set<String> names = new TreeSet<>();
        properties.stringPropertyNames().forEach(key -> names.addAll(variablesIn(properties.getProperty(key))));
        return names;
    }

    /** Variables referenced by keys that apply in the prod profile (no profile prefix, or one that lists prod). */
    Set<String> variablesReadInProd() {
        Set<String> names = new TreeSet<>();
        properties.stringPropertyNames().stream()
                .filter(QuarkusModule::appliesInProd)
                .forEach(key -> names.addAll(variablesIn(properties.getProperty(key))));
        return names;
    }

    /** Environment-variable forms (QUARKUS_HTTP_PORT for quarkus.http.port) of the unprofiled quarkus.* keys. */
    Set<String> quarkusEnvironmentNames() {
        Set<String> names = new TreeSet<>();
        properties.stringPropertyNames().stream()
                .filter(key -> key.startsWith("quarkus."))
                .forEach(key -> names.add(environmentName(key)));
        return names;
    }

    static String environmentName(String propertyKey) {
        return propertyKey.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }

    private static boolean appliesInProd(String key) {
        if (!key.startsWith("%")) {
            return true;
        }
        int dot = key.indexOf('.');
        return dot > 1 && Arrays.asList(key.substring(1, dot).split(",")).contains("prod");
    }

    private static Set<String> variablesIn(String value) {
        Set<String> names = new TreeSet<>();
        Matcher matcher = VARIABLE.matcher(value);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }
}
