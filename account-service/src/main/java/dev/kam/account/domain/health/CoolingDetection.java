package dev.kam.account.domain.health;

import java.util.Optional;

/**
 * Decides whether a new assessment means the relationship is cooling: the score fell by at least the
 * policy's drop threshold, or the band got worse (even by a single point across a threshold). The
 * first assessment of an account is never a cooling: there is nothing it cooled from, and its band
 * already tells the team where it stands.
 */
public final class CoolingDetection {

    public Optional<Cooling> detect(
            Optional<HealthAssessment> previous, HealthAssessment current, HealthPolicy policy) {
        if (previous == null || current == null || policy == null) {
            throw new IllegalArgumentException("Previous (or empty), current assessment and policy are required");
        }
        return previous.filter(before -> cooled(before, current, policy))
                .map(before -> new Cooling(before.score(), before.band(), current.score(), current.band(),
                        current.causes()));
    }

    private static boolean cooled(HealthAssessment before, HealthAssessment now, HealthPolicy policy) {
        return now.score().dropSince(before.score()) >= policy.coolingDropThreshold()
                || now.band().isWorseThan(before.band());
    }
}
