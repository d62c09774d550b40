package dev.kam.events.stakeholder;

import java.time.Instant;
import java.util.List;

/**
 * A client person's fields that other services show changed: his name, or whether he is the account's
 * primary contact (also when the flag passed to someone else). {@code changedFields} names what
 * changed ({@code name}, {@code primaryContact}); the rest is the state after the change. Position,
 * channels and the profile stay in contact-service.
 */
public record StakeholderChanged(
        String accountId,
        String stakeholderId,
        List<String> changedFields,
        String name,
        boolean primaryContact,
        Instant changedAt) {
}
