package dev.kam.account.domain.health;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * An account's health at one moment: score, band and the causes, heaviest first (ties in the order
 * of {@link CauseCode}, so the list is stable). Band and score are stored as assessed: a later
 * change of policy does not rewrite history.
 */
public record HealthAssessment(HealthScore score, HealthBand band, List<CoolingCause> causes) {

    private static final Comparator<CoolingCause> HEAVIEST_FIRST =
            Comparator.comparingInt(CoolingCause::penalty).reversed().thenComparing(CoolingCause::code);

    public HealthAssessment {
        if (score == null || band == null || causes == null) {
            throw new IllegalArgumentException("Score, band and causes are required");
        }
        if (causes.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("A cause cannot be missing");
        }
        causes = causes.stream().sorted(HEAVIEST_FIRST).toList();
    }

    public static HealthAssessment of(List<CoolingCause> causes, HealthPolicy policy) {
        if (policy == null) {
            throw new IllegalArgumentException("Health policy is required");
        }
        HealthScore score = HealthScore.after(causes);
        return new HealthAssessment(score, policy.bands().bandFor(score), causes);
    }
}
