package dev.kam.account.domain.value;

/** The number of years a total cost of ownership is counted over. */
public record Horizon(int years) {

    public static final int MIN_YEARS = 1;
    public static final int MAX_YEARS = 10;

    public Horizon {
        if (years < MIN_YEARS || years > MAX_YEARS) {
            throw new IllegalArgumentException(
                    "Horizon must be between " + MIN_YEARS + " and " + MAX_YEARS + " years: " + years);
        }
    }

    public static Horizon ofYears(int years) {
        return new Horizon(years);
    }
}
