package dev.kam.incentive.domain.purchase;

import dev.kam.kernel.AccountId;
import dev.kam.kernel.Money;
import dev.kam.kernel.period.Period;
import java.time.Instant;

/**
 * What an account bought in one period, as account-service published it. {@code eventId} is the
 * event's id, so a redelivered event is recognised; a later fact for the same account and period
 * (a correction, by {@code recordedAt}) replaces the earlier one.
 */
public record PurchaseFact(String eventId, AccountId account, Period period, Money volume, Instant recordedAt) {

    public PurchaseFact {
        if (eventId == null || eventId.isBlank()) {
            throw new IllegalArgumentException("A purchase fact needs the id of the event it came from");
        }
        if (account == null || period == null || volume == null || recordedAt == null) {
            throw new IllegalArgumentException("Account, period, volume and recording time are required");
        }
        if (volume.isNegative()) {
            throw new IllegalArgumentException("A purchase volume cannot be negative");
        }
    }

    /** Whether this fact, for the same account and period, replaces {@code other}: later wins, ties by event id. */
    boolean supersedes(PurchaseFact other) {
        int byTime = recordedAt.compareTo(other.recordedAt);
        return byTime != 0 ? byTime > 0 : eventId.compareTo(other.eventId) > 0;
    }
}
