package dev.kam.plumbing.paging;

import dev.kam.plumbing.problem.ProblemException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * A keyset pagination cursor: the sort values of the last item of a page, opaque to clients
 * (URL-safe Base64 of the values joined by a separator that cannot occur in them).
 */
public record Cursor(List<String> values) {

    private static final String SEPARATOR = "\u001f";

    public Cursor {
        values = List.copyOf(values);
    }

    public static Cursor of(String... values) {
        return new Cursor(List.of(values));
    }

    public String encode() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(String.join(SEPARATOR, values).getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor a client sent back, with the number of sort values expected; a forged one is a 400. */
    public static Cursor decode(String encoded, int expectedValues) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8);
            List<String> values = List.of(text.split(SEPARATOR, -1));
            if (values.size() != expectedValues) {
                throw new IllegalArgumentException("wrong arity");
            }
            return new Cursor(values);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("The cursor is not one this list issued");
        }
    }

    public String value(int index) {
        return values.get(index);
    }
}
