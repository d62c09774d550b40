package dev.kam.events.account;

import java.time.Instant;

/** A key client (or prospective one) was registered. Carries no personal data. */
public record AccountRegistered(
        String accountId,
        String name,
        String legalId,
        String industry,
        String segment,
        String region,
        String status,
        String marketState,
        String ownerId,
        Instant registeredAt) {
}
