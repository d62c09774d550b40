package dev.kam.contact.domain.profile;

import java.time.LocalDate;

/**
 * Reasonable sufficiency over time: a negotiation profile of a person who left the client is kept for
 * a while (he may come back, or turn up at a competitor) and purged after {@code retentionDays}.
 */
public record ProfileRetention(int retentionDays) {

    public static final int DEFAULT_RETENTION_DAYS = 365;

    public ProfileRetention {
        if (retentionDays < 0) {
            throw new IllegalArgumentException("The retention cannot be negative");
        }
    }

    /** People who left before this day have their profiles purged on {@code today}. */
    public LocalDate purgeLeftBefore(LocalDate today) {
        if (today == null) {
            throw new IllegalArgumentException("Today is required");
        }
        return today.minusDays(retentionDays);
    }

    public boolean isDue(LocalDate leftOn, LocalDate today) {
        return leftOn != null && leftOn.isBefore(purgeLeftBefore(today));
    }
}
