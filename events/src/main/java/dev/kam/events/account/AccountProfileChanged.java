package dev.kam.events.account;

import java.time.Instant;
import java.util.List;

/** The dossier's profile changed; {@code changedFields} names what changed, the rest is the new state. */
public record AccountProfileChanged(
        String accountId,
        List<String> changedFields,
        String name,
        String industry,
        String segment,
        String region,
        int contactCadenceDays,
        long version,
        Instant changedAt) {
}
