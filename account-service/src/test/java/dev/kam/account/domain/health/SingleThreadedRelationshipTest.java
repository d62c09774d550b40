package dev.kam.account.domain.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SingleThreadedRelationshipTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 4, 15);
    private static final HealthPolicy POLICY = HealthPolicy.defaults();

    private static HealthFacts coverage(boolean leaderCovered, boolean onlyButler, int holders) {
        return HealthFacts.on(TODAY).withCoverage(new StakeholderCoverage(leaderCovered, onlyButler, holders));
    }

    private final SingleThreadedRelationship signal = new SingleThreadedRelationship();

    @Test
    void allRelationshipsHeldByOnePersonIsACause() {
        CoolingCause cause = signal.evaluate(coverage(true, false, 1), POLICY).orElseThrow();
        assertThat(cause.code()).isEqualTo(CauseCode.SINGLE_THREADED_RELATIONSHIP);
        assertThat(cause.penalty()).isEqualTo(10);
        assertThat(cause.explanation()).isEqualTo("All client relationships are held by one person on our team");
    }

    @Test
    void twoPeopleHoldingRelationshipsIsNoCause() {
        assertThat(signal.evaluate(coverage(true, false, 2), POLICY)).isEmpty();
    }

    @Test
    void nobodyHoldingAnyRelationshipIsLeftToTheOtherSignals() {
        assertThat(signal.evaluate(coverage(false, false, 0), POLICY)).isEmpty();
    }

    @Test
    void withoutACoverageReportThereIsNoCause() {
        assertThat(signal.evaluate(HealthFacts.on(TODAY), POLICY)).isEmpty();
    }
}
