package dev.kam.contact.domain;

import java.util.UUID;

/** Parsing of textual ids, so every id type refuses the same malformed input the same way. */
final class Uuids {

    private Uuids() {
    }

    static UUID parse(String text, String what) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(what + " is required");
        }
        try {
            return UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(what + " must be a UUID");
        }
    }
}
