package dev.kam.account.domain.dossier;

import java.util.Optional;

/** The free text of the dossier: stripped, never blank when required, within its column's length. */
final class DossierText {

    private DossierText() {
    }

    static String required(String text, String what, int maxLength) {
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
    static Optional<String> optional(Optional<String> text, String what, int maxLength) {
        return text.filter(value -> !value.isBlank()).map(value -> required(value, what, maxLength));
    }
}
