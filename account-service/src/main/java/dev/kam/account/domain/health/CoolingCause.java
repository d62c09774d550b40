package dev.kam.account.domain.health;

import java.util.Optional;

/**
 * One reason the relationship is less healthy: its code, the points it takes off the score, and an
 * explanation with the numbers behind it, readable by the team and free of personal data.
 */
public record CoolingCause(CauseCode code, int penalty, String explanation) {

    public CoolingCause {
        if (code == null) {
            throw new IllegalArgumentException("Cause code is required");
        }
        if (penalty < 1 || penalty > HealthScore.MAX) {
            throw new IllegalArgumentException(
                    "A cause costs between 1 and " + HealthScore.MAX + " points: " + penalty);
        }
        if (explanation == null || explanation.isBlank()) {
            throw new IllegalArgumentException("A cause needs an explanation");
        }
    }

    /** A cause only when it costs something: a weight of zero in the policy switches a signal off. */
    static Optional<CoolingCause> whenPenalised(CauseCode code, int penalty, String explanation) {
        return penalty > 0 ? Optional.of(new CoolingCause(code, penalty, explanation)) : Optional.empty();
    }
}
