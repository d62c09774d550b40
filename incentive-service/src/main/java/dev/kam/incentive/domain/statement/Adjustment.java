package dev.kam.incentive.domain.statement;

import dev.kam.kernel.Money;

/**
 * A correction to an approved statement, as its own reasoned entry: the computed figures stay as
 * approved, and the amount paid is the computed total plus the adjustments.
 *
 * @param amount positive to pay more, negative to pay less; never zero
 */
public record Adjustment(int number, Money amount, String reason, Act made) {

    public static final int REASON_MAX = 1000;

    public Adjustment {
        if (number < 1 || amount == null || made == null) {
            throw new IllegalArgumentException("Number, amount and who made it are required");
        }
        if (amount.isZero()) {
            throw new IllegalArgumentException("An adjustment of zero adjusts nothing");
        }
        if (reason == null || reason.isBlank() || reason.strip().length() > REASON_MAX) {
            throw new IllegalArgumentException("An adjustment needs a reason of at most " + REASON_MAX + " characters");
        }
        reason = reason.strip();
    }
}
