package dev.kam.kernel;

import java.util.Optional;

/** Free text typed by the team: stripped, never blank when required, within its column's length. */
public final class BoundedText {

    private BoundedText() {
    }

    public static String required(String text, String what, int maxLength) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("The " + what + " cannot be blank");
        }
        String stripped = text.strip();
        if (stripped.length() > maxLength) {
            throw new IllegalArgumentException("The " + what + " must be at most " + maxLength + " characters");
        }
        return stripped;
    }

    /** Blank counts as absent, so clearing a field is sending it empty. */
    public static Optional<String> optional(Optional<String> text, String what, int maxLength) {
        if (text == null) {
            throw new IllegalArgumentException("The " + what + " must be given, even if empty");
        }
        return text.filter(value -> !value.isBlank()).map(value -> required(value, what, maxLength));
    }
}
