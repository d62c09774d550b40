package dev.kam.contact.domain;

import java.util.UUID;

/** Identity of one person in the client's buying centre. Carries no personal data itself. */
public record StakeholderId(UUID value) {

    public StakeholderId {
        if (value == null) {
            throw new IllegalArgumentException("Stakeholder id is required");
        }
    }

    public static StakeholderId newId() {
        return new StakeholderId(UUID.randomUUID());
    }

    public static StakeholderId of(String text) {
        return new StakeholderId(Uuids.parse(text, "Stakeholder id"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
