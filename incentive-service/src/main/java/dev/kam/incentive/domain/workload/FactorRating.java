package dev.kam.incentive.domain.workload;

/**
 * A judgement from 1 (low) to 5 (high) for a factor no system measures: client potential, how much
 * internal coordination the account needs, how fierce the competition is. Higher means more work.
 */
public record FactorRating(int value) {

    public FactorRating {
        if (value < Burden.MIN || value > Burden.MAX) {
            throw new IllegalArgumentException(
                    "A factor rating must be between " + Burden.MIN + " and " + Burden.MAX + ": " + value);
        }
    }

    public static FactorRating of(int value) {
        return new FactorRating(value);
    }

    public Burden asBurden() {
        return Burden.of(value);
    }
}
