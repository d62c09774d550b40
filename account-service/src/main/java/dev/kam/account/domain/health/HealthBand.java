package dev.kam.account.domain.health;

/** The score read as a word, from best to worst; thresholds are in {@link HealthPolicy.Bands}. */
public enum HealthBand {
    HEALTHY,
    WATCH,
    AT_RISK,
    CRITICAL;

    public boolean isWorseThan(HealthBand other) {
        return compareTo(other) > 0;
    }
}
