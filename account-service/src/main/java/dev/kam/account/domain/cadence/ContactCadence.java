package dev.kam.account.domain.cadence;

/** How often the team means to be in touch with the client: at most this many days between contacts. */
public record ContactCadence(int intervalDays) {

    public static final int MIN_DAYS = 1;
    public static final int MAX_DAYS = 365;

    public ContactCadence {
        if (intervalDays < MIN_DAYS || intervalDays > MAX_DAYS) {
            throw new IllegalArgumentException(
                    "Contact interval must be between " + MIN_DAYS + " and " + MAX_DAYS + " days: " + intervalDays);
        }
    }

    public static ContactCadence everyDays(int days) {
        return new ContactCadence(days);
    }
}
