package dev.kam.account.domain.health;

import java.time.LocalDate;

/** The window of recent days a signal looks at, today included; future dates are outside it. */
public record Lookback(int days) {

    public Lookback {
        if (days < 1) {
            throw new IllegalArgumentException("A lookback covers at least one day: " + days);
        }
    }

    public static Lookback ofDays(int days) {
        return new Lookback(days);
    }

    /** True for today and the {@code days} days before it. */
    public boolean includes(LocalDate date, LocalDate today) {
        return !date.isAfter(today) && !date.isBefore(today.minusDays(days));
    }
}
