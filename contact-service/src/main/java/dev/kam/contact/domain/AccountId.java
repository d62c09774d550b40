package dev.kam.contact.domain;

import java.util.UUID;

/** Identity of a key-client account, as issued by account-service. */
public record AccountId(UUID value) {

    public AccountId {
        if (value == null) {
            throw new IllegalArgumentException("Account id is required");
        }
    }

    public static AccountId of(String text) {
        return new AccountId(Uuids.parse(text, "Account id"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
