package dev.kam.contact.client;

import java.time.Instant;
import java.util.UUID;

/** The part of account-service's dossier (GET /api/accounts/{id}) a brief shows; other fields are ignored. */
public record AccountRecord(UUID id, String name, String industry, String segment, String region, String status,
        String marketState, String competitor, String ownerId, Integer contactCadenceDays, Instant lastContactAt,
        Integer healthScore, String healthBand) {
}
