package dev.kam.account.domain.value;

/** Whether a cost comes back every year of the horizon or is paid once. */
public enum Recurrence {
    ANNUAL,
    ONE_OFF;

    /** How many times the cost is paid over the horizon. */
    public int occurrencesOver(Horizon horizon) {
        return this == ANNUAL ? horizon.years() : 1;
    }
}
