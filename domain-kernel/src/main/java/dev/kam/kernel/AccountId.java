package dev.kam.kernel;

import java.util.UUID;

/** Identity of a key-client dossier. */
public record AccountId(UUID value) {

    public AccountId {
        if (value == null) {
            throw new IllegalArgumentException("Account id is required");
        }
    }

    public static AccountId newId() {
        return new AccountId(UUID.randomUUID());
    }

    public static AccountId of(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("Account id is required");
        }
        try {
            return new AccountId(UUID.fromString(text.strip()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Account id must be a UUID");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
