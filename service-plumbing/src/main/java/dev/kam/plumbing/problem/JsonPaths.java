package dev.kam.plumbing.problem;

import com.fasterxml.jackson.core.JsonStreamContext;
import java.util.ArrayDeque;
import java.util.Deque;

/** Where a JSON reader is, as the field path a client sent, for problems that name the field. */
public final class JsonPaths {

    private static final int MAX_LEVELS = 5;

    private JsonPaths() {
    }

    /** The property path of the value being parsed, e.g. {@code items[2].name}; the first 5 levels at most. */
    public static String of(JsonStreamContext context) {
        Deque<String> names = new ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                names.push("[" + Math.max(c.getCurrentIndex(), 0) + "]");
            } else if (c.getCurrentName() != null) {
                names.push("." + c.getCurrentName());
            }
        }
        String path = String.join("", names.stream().limit(MAX_LEVELS).toList());
        return path.startsWith(".") ? path.substring(1) : path;
    }
}
