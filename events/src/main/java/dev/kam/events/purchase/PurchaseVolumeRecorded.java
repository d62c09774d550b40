package dev.kam.events.purchase;

import dev.kam.events.MoneyAmount;
import java.time.Instant;

/**
 * The volume an account bought in a period (recorded or corrected). {@code period} is written
 * {@code 2026}, {@code 2026-H1}, {@code 2026-Q3} or {@code 2026-03}; a later event for the same
 * account and period replaces the earlier one.
 */
public record PurchaseVolumeRecorded(
        String accountId,
        String period,
        String periodType,
        MoneyAmount volume,
        String quantity,
        Instant recordedAt) {
}
