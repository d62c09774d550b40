package dev.kam.account.domain.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class NoLeaderRelationshipTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 4, 15);
    private static final HealthPolicy POLICY = HealthPolicy.defaults();

    private static HealthFacts coverage(boolean leaderCovered, boolean onlyButler, int holders) {
        return HealthFacts.on(TODAY).withCoverage(new StakeholderCoverage(leaderCovered, onlyButler, holders));
    }

    private final NoLeaderRelationship signal = new NoLeaderRelationship();

    @Test
    void noRelationshipWithAnyLeaderIsACause() {
        CoolingCause cause = signal.evaluate(coverage(false, false, 3), POLICY).orElseThrow();
        assertThat(cause.code()).isEqualTo(CauseCode.NO_LEADER_RELATIONSHIP);
        assertThat(cause.penalty()).isEqualTo(15);
    }

    @Test
    void aRelationshipWithALeaderIsNoCause() {
        assertThat(signal.evaluate(coverage(true, false, 3), POLICY)).isEmpty();
    }

    @Test
    void withoutACoverageReportThereIsNoCause() {
        assertThat(signal.evaluate(HealthFacts.on(TODAY), POLICY)).isEmpty();
    }
}
