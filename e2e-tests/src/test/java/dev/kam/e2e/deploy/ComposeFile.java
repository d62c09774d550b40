package dev.kam.e2e.deploy;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * docker-compose.yml as parsed by SnakeYAML (anchors and {@code <<} merge keys resolved), with
 * typed access to the few parts the consistency test reads. Compose's short and long syntaxes are
 * both understood where the file might use either.
 */
final class ComposeFile {

    private final Path file;
    private final Map<String, Object> services;

    private ComposeFile(Path file, Map<String, Object> services) {
        this.file = file;
        this.services = services;
    }

    static ComposeFile load(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("no compose file at " + file);
        }
        try (Reader reader = Files.newBufferedReader(file)) {
            Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
            if (!(root instanceof Map<?, ?> top) || !(top.get("services") instanceof Map<?, ?> services)) {
                throw new IllegalStateException(file + " has no 'services' mapping");
            }
            return new ComposeFile(file, stringKeys(services));
        }
    }

    Path file() {
        return file;
    }

    Set<String> serviceNames() {
        return services.keySet();
    }

    boolean hasService(String name) {
        return services.containsKey(name);
    }

    Map<String, Object> service(String name) {
        Object service = services.get(name);
        if (!(service instanceof Map<?, ?> map)) {
            throw new AssertionError(file + ": no service '" + name + "' (services: " + services.keySet() + ")");
        }
        return stringKeys(map);
    }

    /** The service's environment (map or KEY=VALUE list syntax); a variable without a value maps to null. */
    Map<String, String> environment(String name) {
        Object env = service(name).get("environment");
        Map<String, String> result = new LinkedHashMap<>();
        if (env instanceof Map<?, ?> map) {
            map.forEach((k, v) -> result.put(String.valueOf(k), v == null ? null : String.valueOf(v)));
        } else if (env instanceof List<?> list) {
            for (Object entry : list) {
                String text = String.valueOf(entry);
                int eq = text.indexOf('=');
                result.put(eq < 0 ? text : text.substring(0, eq), eq < 0 ? null : text.substring(eq + 1));
            }
        } else if (env != null) {
            throw new AssertionError(file + ": environment of '" + name + "' is neither a mapping nor a list");
        }
        return result;
    }

    /** One entry of a service's {@code ports}: published on the host (null if Docker picks) and target in the container. */
    record PortMapping(Integer published, int target, String text) {
    }

    List<PortMapping> ports(String name) {
        Object ports = service(name).get("ports");
        List<PortMapping> result = new ArrayList<>();
        if (ports == null) {
            return result;
        }
        if (!(ports instanceof List<?> list)) {
            throw new AssertionError(file + ": ports of '" + name + "' is not a list");
        }
        for (Object entry : list) {
            if (entry instanceof Map<?, ?> longSyntax) {
                Object published = longSyntax.get("published");
                result.add(new PortMapping(published == null ? null : Integer.valueOf(String.valueOf(published)),
                        Integer.parseInt(String.valueOf(longSyntax.get("target"))), String.valueOf(entry)));
            } else {
                String text = String.valueOf(entry);
                String withoutProtocol = text.replaceFirst("/(tcp|udp)$", "");
                String[] parts = withoutProtocol.split(":");
                try {
                    int target = Integer.parseInt(parts[parts.length - 1]);
                    Integer published = parts.length >= 2 ? Integer.valueOf(parts[parts.length - 2]) : null;
                    result.add(new PortMapping(published, target, text));
                } catch (NumberFormatException e) {
                    throw new AssertionError(file + ": port entry '" + text + "' of '" + name
                            + "' is not of the form [host:]published:target (ranges are not supported here)", e);
                }
            }
        }
        return result;
    }

    /** The healthcheck's command as one string, or empty when there is none or it is disabled. */
    Optional<String> healthcheckCommand(String name) {
        if (!(service(name).get("healthcheck") instanceof Map<?, ?> healthcheck)
                || Boolean.TRUE.equals(healthcheck.get("disable"))) {
            return Optional.empty();
        }
        Object test = healthcheck.get("test");
        String command;
        if (test instanceof List<?> list) {
            if (list.isEmpty() || "NONE".equals(String.valueOf(list.get(0)))) {
                return Optional.empty();
            }
            command = String.join(" ", list.stream().map(String::valueOf).toList());
        } else {
            command = test == null ? "" : String.valueOf(test);
        }
        return command.isBlank() ? Optional.empty() : Optional.of(command);
    }

    /**
     * depends_on as service name to condition. The short (list) syntax has no condition: such
     * entries map to null, which the test reports.
     */
    Map<String, String> dependsOn(String name) {
        Object dependsOn = service(name).get("depends_on");
        Map<String, String> result = new LinkedHashMap<>();
        if (dependsOn instanceof List<?> list) {
            list.forEach(entry -> result.put(String.valueOf(entry), null));
        } else if (dependsOn instanceof Map<?, ?> map) {
            map.forEach((k, v) -> result.put(String.valueOf(k),
                    v instanceof Map<?, ?> options && options.get("condition") != null
                            ? String.valueOf(options.get("condition"))
                            : null));
        }
        return result;
    }

    /** A volume or bind mount: source as written (a path or a named volume), target, read-only flag. */
    record Mount(String source, String target, boolean readOnly) {

        boolean isBindMount() {
            return source != null && (source.startsWith(".") || source.startsWith("/") || source.startsWith("~"));
        }
    }

    List<Mount> volumes(String name) {
        Object volumes = service(name).get("volumes");
        List<Mount> result = new ArrayList<>();
        if (!(volumes instanceof List<?> list)) {
            return result;
        }
        for (Object entry : list) {
            if (entry instanceof Map<?, ?> longSyntax) {
                result.add(new Mount(String.valueOf(longSyntax.get("source")), String.valueOf(longSyntax.get("target")),
                        Boolean.TRUE.equals(longSyntax.get("read_only"))));
            } else {
                String[] parts = String.valueOf(entry).split(":");
                if (parts.length == 1) {
                    result.add(new Mount(null, parts[0], false));
                } else {
                    boolean readOnly = parts.length > 2 && List.of(parts[2].split(",")).contains("ro");
                    result.add(new Mount(parts[0], parts[1], readOnly));
                }
            }
        }
        return result;
    }

    /** build.context and build.dockerfile (compose's default Dockerfile name when absent); empty if not built. */
    Optional<Map.Entry<String, String>> build(String name) {
        Object build = service(name).get("build");
        if (build == null) {
            return Optional.empty();
        }
        if (build instanceof Map<?, ?> map) {
            Object dockerfile = map.get("dockerfile");
            return Optional.of(Map.entry(String.valueOf(map.get("context")),
                    dockerfile == null ? "Dockerfile" : String.valueOf(dockerfile)));
        }
        return Optional.of(Map.entry(String.valueOf(build), "Dockerfile"));
    }

    /** The service's command as one string (list or string syntax). */
    String command(String name) {
        Object command = service(name).get("command");
        if (command instanceof List<?> list) {
            return String.join(" ", list.stream().map(String::valueOf).toList());
        }
        return command == null ? "" : String.valueOf(command);
    }

    private static Map<String, Object> stringKeys(Map<?, ?> map) {
        Map<String, Object> result = new LinkedHashMap<>();
        map.forEach((k, v) -> result.put(String.valueOf(k), v));
        return result;
    }
}
