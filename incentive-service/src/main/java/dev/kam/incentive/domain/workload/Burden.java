package dev.kam.incentive.domain.workload;

/**
 * How much work one factor adds to an account, from 1 (hardly any) to 5 (a lot); 3 is an ordinary
 * account, so an account with every factor at 3 is exactly one workload unit.
 */
public record Burden(int value) {

    public static final int MIN = 1;
    public static final int MAX = 5;
    public static final Burden ORDINARY = new Burden(3);

    public Burden {
        if (value < MIN || value > MAX) {
            throw new IllegalArgumentException("A burden must be between " + MIN + " and " + MAX + ": " + value);
        }
    }

    public static Burden of(int value) {
        return new Burden(value);
    }
}
