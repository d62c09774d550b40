package dev.kam.kernel;

/**
 * One of our people, identified by the Keycloak subject ({@code sub}) so that renames do not break
 * ownership or team membership (ADR 0005).
 */
public record UserId(String value) {

    /** Keycloak ids are UUIDs; the bound only keeps garbage out. */
    public static final int MAX_LENGTH = 255;

    public UserId {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("User id is required");
        }
        if (value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("User id must be at most " + MAX_LENGTH + " characters");
        }
        if (!value.equals(value.strip())) {
            // a padded id would silently be a different person
            throw new IllegalArgumentException("User id must not start or end with spaces");
        }
    }

    public static UserId of(String value) {
        return new UserId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
