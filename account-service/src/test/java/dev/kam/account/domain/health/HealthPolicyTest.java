package dev.kam.account.domain.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kam.kernel.Percentage;
import org.junit.jupiter.api.Test;

class HealthPolicyTest {

    private final HealthPolicy.Bands bands = HealthPolicy.defaults().bands();

    @Test
    void aScoreAtTheHealthyThresholdIsHealthyAndOneBelowIsWatch() {
        assertThat(bands.bandFor(new HealthScore(80))).isEqualTo(HealthBand.HEALTHY);
        assertThat(bands.bandFor(new HealthScore(79))).isEqualTo(HealthBand.WATCH);
    }

    @Test
    void aScoreAtTheWatchThresholdIsWatchAndOneBelowIsAtRisk() {
        assertThat(bands.bandFor(new HealthScore(60))).isEqualTo(HealthBand.WATCH);
        assertThat(bands.bandFor(new HealthScore(59))).isEqualTo(HealthBand.AT_RISK);
    }

    @Test
    void aScoreAtTheAtRiskThresholdIsAtRiskAndOneBelowIsCritical() {
        assertThat(bands.bandFor(new HealthScore(40))).isEqualTo(HealthBand.AT_RISK);
        assertThat(bands.bandFor(new HealthScore(39))).isEqualTo(HealthBand.CRITICAL);
    }

    @Test
    void theExtremesFallInTheOuterBands() {
        assertThat(bands.bandFor(new HealthScore(100))).isEqualTo(HealthBand.HEALTHY);
        assertThat(bands.bandFor(new HealthScore(0))).isEqualTo(HealthBand.CRITICAL);
    }

    @Test
    void bandThresholdsMustFallStrictly() {
        assertThatThrownBy(() -> new HealthPolicy.Bands(80, 80, 40)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new HealthPolicy.Bands(101, 60, 40)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new HealthPolicy.Bands(80, 60, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new HealthPolicy.Bands(100, 2, 1).bandFor(new HealthScore(1))).isEqualTo(HealthBand.AT_RISK);
    }

    @Test
    void aCoolingNeedsADropOfAtLeastOnePoint() {
        HealthPolicy d = HealthPolicy.defaults();
        assertThatThrownBy(() -> new HealthPolicy(d.purchaseDecline(), d.overdueContact(), d.negativeInteractions(),
                d.unresolvedProblems(), d.overduePlanActions(), d.teamDepartures(), d.coverage(), d.keyPeopleLeft(),
                d.bands(), 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyPartOfThePolicyIsRequired() {
        HealthPolicy d = HealthPolicy.defaults();
        assertThatThrownBy(() -> new HealthPolicy(null, d.overdueContact(), d.negativeInteractions(),
                d.unresolvedProblems(), d.overduePlanActions(), d.teamDepartures(), d.coverage(), d.keyPeopleLeft(),
                d.bands(), 10)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void implausibleSignalSettingsAreRefused() {
        assertThatThrownBy(() -> new HealthPolicy.Decline(Percentage.of("-1"), PenaltyScale.perItem(1, 10)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new HealthPolicy.Interactions(3, Lookback.ofDays(90), 4, PenaltyScale.perItem(5, 20)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new HealthPolicy.Problems(-1, 5, 10, 25)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new HealthPolicy.Departures(Lookback.ofDays(90), 5, 5, 101))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new HealthPolicy.Coverage(-1, 15, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new HealthPolicy.KeyPeople(Lookback.ofDays(90), 15, -10, 25))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
