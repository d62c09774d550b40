package dev.kam.e2e.deploy;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The fields a typed model kept aside as "additional properties" because it has no such property:
 * fabric8's and Strimzi's models accept unknown fields rather than fail, so a misspelt field would
 * pass unnoticed. Walks the model's getters; a GenericKubernetesResource is nothing but such
 * properties and is not walked.
 */
final class UnknownFields {

    private UnknownFields() {
    }

    static List<String> of(Object model) {
        List<String> found = new ArrayList<>();
        walk(model, model.getClass().getSimpleName(), found, 0);
        return found;
    }

    private static void walk(Object value, String path, List<String> found, int depth) {
        if (value == null || depth > 40 || value instanceof GenericKubernetesResource) {
            return;
        }
        if (value instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                walk(item, path + "[" + i++ + "]", found, depth + 1);
            }
            return;
        }
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> walk(v, path + "." + k, found, depth + 1));
            return;
        }
        if (!isModel(value.getClass())) {
            return;
        }
        for (Method getter : value.getClass().getMethods()) {
            if (getter.getParameterCount() != 0 || Modifier.isStatic(getter.getModifiers())
                    || !getter.getName().startsWith("get") || getter.getName().equals("getClass")) {
                continue;
            }
            Object child;
            try {
                child = getter.invoke(value);
            } catch (ReflectiveOperationException | RuntimeException e) {
                continue; // a derived getter that needs more than the model holds
            }
            String name = Character.toLowerCase(getter.getName().charAt(3)) + getter.getName().substring(4);
            if (getter.getName().equals("getAdditionalProperties")) {
                if (child instanceof Map<?, ?> extra && !extra.isEmpty()) {
                    extra.keySet().forEach(key -> found.add(path + "." + key));
                }
            } else {
                walk(child, path + "." + name, found, depth + 1);
            }
        }
    }

    private static boolean isModel(Class<?> type) {
        String name = type.getName();
        return name.startsWith("io.fabric8.kubernetes.api.model.") || name.startsWith("io.strimzi.api.");
    }
}
