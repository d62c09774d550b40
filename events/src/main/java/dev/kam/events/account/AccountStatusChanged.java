package dev.kam.events.account;

import java.time.Instant;
import java.util.List;

/**
 * The account moved from one status to another (PROSPECT, KEY, AT_RISK, DORMANT, LOST). For LOST,
 * {@code lossCauses} lists the causes of the loss review.
 */
public record AccountStatusChanged(
        String accountId,
        String previousStatus,
        String status,
        List<String> lossCauses,
        String changedBy,
        Instant changedAt) {
}
