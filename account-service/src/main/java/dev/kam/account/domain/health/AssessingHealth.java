package dev.kam.account.domain.health;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Runs every cooling signal over an account's facts and scores the result. */
public final class AssessingHealth {

    private final List<CoolingSignal> signals;

    public AssessingHealth(List<CoolingSignal> signals) {
        if (signals == null || signals.isEmpty()) {
            throw new IllegalArgumentException("At least one cooling signal is required");
        }
        if (signals.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("A cooling signal cannot be missing");
        }
        this.signals = List.copyOf(signals);
    }

    public static AssessingHealth withAllSignals() {
        return new AssessingHealth(List.of(
                new PurchaseDecline(),
                new OverdueContact(),
                new NegativeInteractions(),
                new UnresolvedProblems(),
                new OverduePlanActions(),
                new TeamMemberLeft(),
                new SingleThreadedRelationship(),
                new NoLeaderRelationship(),
                new OnlyButlerReachable(),
                new KeyPersonLeft()));
    }

    public HealthAssessment assess(HealthFacts facts, HealthPolicy policy) {
        if (facts == null || policy == null) {
            throw new IllegalArgumentException("Facts and policy are required");
        }
        List<CoolingCause> causes = signals.stream()
                .map(signal -> signal.evaluate(facts, policy))
                .flatMap(Optional::stream)
                .toList();
        return HealthAssessment.of(causes, policy);
    }
}
