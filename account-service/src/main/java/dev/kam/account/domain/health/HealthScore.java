package dev.kam.account.domain.health;

import java.util.Collection;

/** Relationship health from 0 (gone cold) to 100 (nothing wrong that we can see). */
public record HealthScore(int value) implements Comparable<HealthScore> {

    public static final int MIN = 0;
    public static final int MAX = 100;

    public HealthScore {
        if (value < MIN || value > MAX) {
            throw new IllegalArgumentException("Health score must be between " + MIN + " and " + MAX + ": " + value);
        }
    }

    /** 100 minus the penalties of all causes, never below 0. */
    public static HealthScore after(Collection<CoolingCause> causes) {
        if (causes == null) {
            throw new IllegalArgumentException("Causes are required (may be empty)");
        }
        long penalties = causes.stream().mapToLong(CoolingCause::penalty).sum();
        return new HealthScore((int) Math.max(MIN, MAX - penalties));
    }

    /** Points lost from {@code earlier} to this score; negative when the score rose. */
    public int dropSince(HealthScore earlier) {
        return earlier.value - value;
    }

    @Override
    public int compareTo(HealthScore other) {
        return Integer.compare(value, other.value);
    }
}
