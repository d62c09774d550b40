package dev.kam.account.domain.health;

import dev.kam.account.domain.dossier.Outcome;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Too many of the most recent interactions went badly: at least the policy's minimum of negative
 * outcomes among the last N interactions inside the lookback. Older interactions do not count, so
 * a relationship that recovered stops being penalised for its past.
 */
public final class NegativeInteractions implements CoolingSignal {

    @Override
    public Optional<CoolingCause> evaluate(HealthFacts facts, HealthPolicy policy) {
        HealthPolicy.Interactions rule = policy.negativeInteractions();
        List<InteractionFact> recent = facts.interactions().stream()
                .filter(interaction -> rule.lookback().includes(interaction.on(), facts.today()))
                .sorted(Comparator.comparing(InteractionFact::on).reversed())
                .limit(rule.lastCount())
                .toList();
        int negatives = (int) recent.stream().filter(i -> i.outcome() == Outcome.NEGATIVE).count();
        if (negatives < rule.minimumNegatives()) {
            return Optional.empty();
        }
        String explanation = negatives + " of the last " + recent.size() + " interactions in the past "
                + rule.lookback().days() + " days were negative";
        int penalty = rule.penalty().pointsFor(negatives);
        return CoolingCause.whenPenalised(CauseCode.NEGATIVE_INTERACTIONS, penalty, explanation);
    }
}
