package dev.kam.account.domain.health;

import java.util.Optional;

/** Nobody on our team has a relationship with a LEADER, the central role in the purchase decision. */
public final class NoLeaderRelationship implements CoolingSignal {

    @Override
    public Optional<CoolingCause> evaluate(HealthFacts facts, HealthPolicy policy) {
        return facts.coverage()
                .filter(coverage -> !coverage.leaderCovered())
                .flatMap(coverage -> CoolingCause.whenPenalised(CauseCode.NO_LEADER_RELATIONSHIP,
                        policy.coverage().noLeader(),
                        "Nobody on our team has a relationship with a leader in the client's buying centre"));
    }
}
