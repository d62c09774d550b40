package dev.kam.contact.domain.role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RoleClassifierTest {

    private final RoleClassifier classifier = RoleClassifier.withDefaultThreshold();

    private static AssessmentScore score(int value) {
        return AssessmentScore.of(value);
    }

    @Test
    void highInterestAndHighInvolvementMakeALeader() {
        assertThat(classifier.classify(Level.HIGH, Level.HIGH)).isEqualTo(BuyingCentreRole.LEADER);
    }

    @Test
    void highInterestAndLowInvolvementMakeASpecifier() {
        assertThat(classifier.classify(Level.HIGH, Level.LOW)).isEqualTo(BuyingCentreRole.SPECIFIER);
    }

    @Test
    void lowInterestAndHighInvolvementMakeAHelper() {
        assertThat(classifier.classify(Level.LOW, Level.HIGH)).isEqualTo(BuyingCentreRole.HELPER);
    }

    @Test
    void lowInterestAndLowInvolvementMakeAButler() {
        assertThat(classifier.classify(Level.LOW, Level.LOW)).isEqualTo(BuyingCentreRole.BUTLER);
    }

    @Test
    void everyRoleMatchesTheCornerItIsClassifiedFrom() {
        for (BuyingCentreRole role : BuyingCentreRole.values()) {
            assertThat(classifier.classify(role.interest(), role.involvement())).isEqualTo(role);
        }
    }

    @Test
    void theDefaultThresholdIsThree() {
        assertThat(classifier.highFrom()).isEqualTo(3);
    }

    @Test
    void aScoreExactlyAtTheThresholdIsHigh() {
        assertThat(classifier.levelOf(score(3))).isEqualTo(Level.HIGH);
    }

    @Test
    void aScoreJustBelowTheThresholdIsLow() {
        assertThat(classifier.levelOf(score(2))).isEqualTo(Level.LOW);
    }

    @Test
    void theExtremeScoresAreLowAndHigh() {
        assertThat(classifier.levelOf(score(1))).isEqualTo(Level.LOW);
        assertThat(classifier.levelOf(score(5))).isEqualTo(Level.HIGH);
    }

    @Test
    void scoresAtTheThresholdOnBothAxesMakeALeader() {
        assertThat(classifier.classify(score(3), score(3))).isEqualTo(BuyingCentreRole.LEADER);
    }

    @Test
    void scoresClassifyIntoEachCorner() {
        assertThat(classifier.classify(score(5), score(2))).isEqualTo(BuyingCentreRole.SPECIFIER);
        assertThat(classifier.classify(score(2), score(5))).isEqualTo(BuyingCentreRole.HELPER);
        assertThat(classifier.classify(score(2), score(2))).isEqualTo(BuyingCentreRole.BUTLER);
    }

    @Test
    void aStricterThresholdTurnsAMiddleRatingLow() {
        RoleClassifier strict = new RoleClassifier(4);
        assertThat(strict.classify(score(3), score(4))).isEqualTo(BuyingCentreRole.HELPER);
    }

    @Test
    void theThresholdMustLeaveBothLevelsReachable() {
        assertThat(new RoleClassifier(2).highFrom()).isEqualTo(2);
        assertThat(new RoleClassifier(5).highFrom()).isEqualTo(5);
        assertThatThrownBy(() -> new RoleClassifier(1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RoleClassifier(6)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aScoreMustBeBetweenOneAndFive() {
        assertThat(score(1).value()).isEqualTo(1);
        assertThat(score(5).value()).isEqualTo(5);
        assertThatThrownBy(() -> score(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> score(6)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void bothAxesAreRequired() {
        assertThatThrownBy(() -> classifier.classify(Level.HIGH, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> classifier.classify(null, score(3))).isInstanceOf(IllegalArgumentException.class);
    }
}
