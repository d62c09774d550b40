package dev.kam.account.domain.health;

import dev.kam.account.domain.purchase.VolumeComparison;
import dev.kam.kernel.Percentage;
import java.util.Optional;

/**
 * Purchases fell against the comparable period by more than the tolerated percentage. The penalty
 * grows with every percentage point beyond the tolerance, up to the cap. A fall from zero, or no
 * baseline at all, is no cause: there is no percentage to judge.
 */
public final class PurchaseDecline implements CoolingSignal {

    @Override
    public Optional<CoolingCause> evaluate(HealthFacts facts, HealthPolicy policy) {
        HealthPolicy.Decline rule = policy.purchaseDecline();
        return facts.purchases().flatMap(comparison -> comparison.decline()
                .filter(decline -> decline.isGreaterThan(rule.tolerated()))
                .flatMap(decline -> cause(comparison, decline, rule)));
    }

    private static Optional<CoolingCause> cause(
            VolumeComparison comparison, Percentage decline, HealthPolicy.Decline rule) {
        int penalty = rule.penalty().pointsFor(decline.minus(rule.tolerated()).value());
        String explanation = "Purchases in " + comparison.period() + " are " + decline + " below "
                + comparison.comparedWith() + " (" + comparison.current() + " against "
                + comparison.previous().orElseThrow() + ")";
        return CoolingCause.whenPenalised(CauseCode.PURCHASE_DECLINE, penalty, explanation);
    }
}
