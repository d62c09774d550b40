package dev.kam.contact.domain.role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class RoleAssessmentTest {

    private static final RoleClassifier CLASSIFIER = RoleClassifier.withDefaultThreshold();

    @Test
    void theRoleFollowsFromTheScores() {
        RoleAssessment assessment = new RoleAssessment(AssessmentScore.of(4), AssessmentScore.of(2), "Wrote the spec",
                Optional.empty());
        assertThat(assessment.role(CLASSIFIER)).isEqualTo(BuyingCentreRole.SPECIFIER);
        assertThat(assessment.classifiedRole(CLASSIFIER)).isEqualTo(BuyingCentreRole.SPECIFIER);
    }

    @Test
    void anOverrideWinsOverTheScoresButTheClassifiedRoleIsKept() {
        RoleAssessment assessment = new RoleAssessment(AssessmentScore.of(1), AssessmentScore.of(2), "Junior title",
                Optional.of(new RoleOverride(BuyingCentreRole.LEADER, "Signs every order above 50k")));
        assertThat(assessment.role(CLASSIFIER)).isEqualTo(BuyingCentreRole.LEADER);
        assertThat(assessment.classifiedRole(CLASSIFIER)).isEqualTo(BuyingCentreRole.BUTLER);
    }

    @Test
    void anOverrideWithoutAReasonIsRefused() {
        assertThatThrownBy(() -> new RoleOverride(BuyingCentreRole.LEADER, " "))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("override reason");
    }

    @Test
    void everyAssessmentSaysWhy() {
        assertThatThrownBy(() -> new RoleAssessment(AssessmentScore.of(3), AssessmentScore.of(3), "",
                Optional.empty())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reason");
    }
}
