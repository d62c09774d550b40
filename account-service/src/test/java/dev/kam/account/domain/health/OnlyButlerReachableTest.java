package dev.kam.account.domain.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class OnlyButlerReachableTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 4, 15);
    private static final HealthPolicy POLICY = HealthPolicy.defaults();

    private static HealthFacts coverage(boolean leaderCovered, boolean onlyButler, int holders) {
        return HealthFacts.on(TODAY).withCoverage(new StakeholderCoverage(leaderCovered, onlyButler, holders));
    }

    private final OnlyButlerReachable signal = new OnlyButlerReachable();

    @Test
    void reachingOnlyButlersIsACause() {
        CoolingCause cause = signal.evaluate(coverage(false, true, 1), POLICY).orElseThrow();
        assertThat(cause.code()).isEqualTo(CauseCode.ONLY_BUTLER_REACHABLE);
        assertThat(cause.penalty()).isEqualTo(10);
    }

    @Test
    void reachingOthersBesideButlersIsNoCause() {
        assertThat(signal.evaluate(coverage(false, false, 1), POLICY)).isEmpty();
    }

    @Test
    void withoutACoverageReportThereIsNoCause() {
        assertThat(signal.evaluate(HealthFacts.on(TODAY), POLICY)).isEmpty();
    }

    @Test
    void aZeroWeightSwitchesTheSignalOff() {
        HealthPolicy d = HealthPolicy.defaults();
        HealthPolicy off = new HealthPolicy(d.purchaseDecline(), d.overdueContact(), d.negativeInteractions(),
                d.unresolvedProblems(), d.overduePlanActions(), d.teamDepartures(),
                new HealthPolicy.Coverage(10, 15, 0), d.keyPeopleLeft(), d.bands(), d.coolingDropThreshold());
        assertThat(signal.evaluate(coverage(false, true, 1), off)).isEmpty();
    }
}
