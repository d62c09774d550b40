package dev.kam.kernel;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A percentage with one decimal ({@code 23.5} means 23.5 %). Percentages here are always derived
 * (changes, shares, thresholds), so the constructor rounds half up instead of refusing digits.
 * May be negative or above 100 (a change of -40 % or +250 %).
 */
public record Percentage(BigDecimal value) implements Comparable<Percentage> {

    public static final int SCALE = 1;
    public static final Percentage ZERO = new Percentage(BigDecimal.ZERO);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public Percentage {
        if (value == null) {
            throw new IllegalArgumentException("Percentage value is required");
        }
        value = value.setScale(SCALE, RoundingMode.HALF_UP);
    }

    public static Percentage of(String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("Percentage value is required");
        }
        try {
            return new Percentage(new BigDecimal(value.strip()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Percentage is not a number: " + value);
        }
    }

    public static Percentage of(double value) {
        return new Percentage(BigDecimal.valueOf(value));
    }

    /** {@code part} as a percentage of {@code whole}; the caller must rule out a zero whole. */
    public static Percentage ratio(BigDecimal part, BigDecimal whole) {
        if (part == null || whole == null) {
            throw new IllegalArgumentException("Both part and whole are required");
        }
        if (whole.signum() == 0) {
            throw new IllegalArgumentException("Cannot take a percentage of zero");
        }
        // round once, straight to one decimal: rounding twice could turn 23.449 into 23.5
        return new Percentage(part.multiply(HUNDRED).divide(whole, SCALE, RoundingMode.HALF_UP));
    }

    public Percentage negate() {
        return new Percentage(value.negate());
    }

    public Percentage minus(Percentage other) {
        return new Percentage(value.subtract(other.value));
    }

    public boolean isNegative() {
        return value.signum() < 0;
    }

    public boolean isGreaterThan(Percentage other) {
        return compareTo(other) > 0;
    }

    @Override
    public int compareTo(Percentage other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value.toPlainString() + "%";
    }
}
