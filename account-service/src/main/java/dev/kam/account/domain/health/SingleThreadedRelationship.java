package dev.kam.account.domain.health;

import java.util.Optional;

/**
 * Every client relationship runs through one of our people: if that person leaves, the client
 * deals with strangers. Nobody holding any relationship is a different gap, covered by the
 * leader and butler signals.
 */
public final class SingleThreadedRelationship implements CoolingSignal {

    @Override
    public Optional<CoolingCause> evaluate(HealthFacts facts, HealthPolicy policy) {
        return facts.coverage()
                .filter(coverage -> coverage.relationshipHolders() == 1)
                .flatMap(coverage -> CoolingCause.whenPenalised(CauseCode.SINGLE_THREADED_RELATIONSHIP,
                        policy.coverage().singleThreaded(),
                        "All client relationships are held by one person on our team"));
    }
}
