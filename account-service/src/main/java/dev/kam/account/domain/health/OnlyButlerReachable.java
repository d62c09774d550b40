package dev.kam.account.domain.health;

import java.util.Optional;

/**
 * The only client people we reach are BUTLERs, who are neither interested nor involved yet guard
 * access to those who are.
 */
public final class OnlyButlerReachable implements CoolingSignal {

    @Override
    public Optional<CoolingCause> evaluate(HealthFacts facts, HealthPolicy policy) {
        return facts.coverage()
                .filter(StakeholderCoverage::onlyButlerReachable)
                .flatMap(coverage -> CoolingCause.whenPenalised(CauseCode.ONLY_BUTLER_REACHABLE,
                        policy.coverage().onlyButler(),
                        "The only client contacts we reach are butlers, who guard access to the decision makers"));
    }
}
