package dev.kam.account.domain.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CoolingDetectionTest {

    private static final HealthPolicy POLICY = HealthPolicy.defaults();
    private static final List<CoolingCause> CAUSES =
            List.of(new CoolingCause(CauseCode.OVERDUE_CONTACT, 10, "Contact is 15 days overdue"));

    private final CoolingDetection detection = new CoolingDetection();

    private static HealthAssessment assessed(int score) {
        HealthScore value = new HealthScore(score);
        return new HealthAssessment(value, POLICY.bands().bandFor(value), CAUSES);
    }

    @Test
    void theFirstAssessmentIsNeverACooling() {
        assertThat(detection.detect(Optional.empty(), assessed(10), POLICY)).isEmpty();
    }

    @Test
    void aDropOfExactlyTheThresholdIsACooling() {
        Cooling cooling = detection.detect(Optional.of(assessed(79)), assessed(69), POLICY).orElseThrow();

        assertThat(cooling.previousScore()).isEqualTo(new HealthScore(79));
        assertThat(cooling.score()).isEqualTo(new HealthScore(69));
        assertThat(cooling.scoreDrop()).isEqualTo(10);
        assertThat(cooling.previousBand()).isEqualTo(HealthBand.WATCH);
        assertThat(cooling.band()).isEqualTo(HealthBand.WATCH);
        assertThat(cooling.causes()).isEqualTo(CAUSES);
    }

    @Test
    void aDropOneShortOfTheThresholdWithinTheSameBandIsNoCooling() {
        assertThat(detection.detect(Optional.of(assessed(79)), assessed(70), POLICY)).isEmpty();
    }

    @Test
    void aWorseBandIsACoolingEvenForASmallDrop() {
        Cooling cooling = detection.detect(Optional.of(assessed(80)), assessed(79), POLICY).orElseThrow();
        assertThat(cooling.previousBand()).isEqualTo(HealthBand.HEALTHY);
        assertThat(cooling.band()).isEqualTo(HealthBand.WATCH);
        assertThat(cooling.scoreDrop()).isEqualTo(1);
    }

    @Test
    void anUnchangedOrRisingScoreIsNoCooling() {
        assertThat(detection.detect(Optional.of(assessed(50)), assessed(50), POLICY)).isEmpty();
        assertThat(detection.detect(Optional.of(assessed(50)), assessed(90), POLICY)).isEmpty();
    }

    @Test
    void aBandWorsenedUnderANewPolicyCountsEvenWithoutADrop() {
        HealthAssessment before = new HealthAssessment(new HealthScore(70), HealthBand.HEALTHY, List.of());
        assertThat(detection.detect(Optional.of(before), assessed(70), POLICY)).isPresent();
    }
}
