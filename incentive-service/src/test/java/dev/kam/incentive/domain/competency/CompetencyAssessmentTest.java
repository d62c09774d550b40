package dev.kam.incentive.domain.competency;

import static dev.kam.incentive.domain.competency.Assessments.ASSESSOR;
import static dev.kam.incentive.domain.competency.Assessments.EMPLOYEE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kam.kernel.DomainRuleViolation;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CompetencyAssessmentTest {

    private static final LocalDate ON = LocalDate.of(2026, 3, 1);

    @Test
    void thereAreExactlyTheSevenCompetenciesOfTheSource() {
        assertThat(Competency.values()).extracting(Competency::label).containsExactly(
                "technical", "communication", "psychological", "administrative",
                "managerial decision-making", "analytical", "conceptual");
    }

    @Test
    void anAssessmentKeepsEveryScoreTheDateAndTheAssessor() {
        CompetencyAssessment assessment = Assessments.scored(ON, 1, 2, 3, 4, 5, 4, 3);
        assertThat(assessment.scoreOf(Competency.MANAGERIAL_DECISION_MAKING)).isEqualTo(CompetencyScore.of(5));
        assertThat(assessment.assessedOn()).isEqualTo(ON);
        assertThat(assessment.assessedBy()).isEqualTo(ASSESSOR);
        assertThat(assessment.weakest()).isEqualTo(CompetencyScore.of(1));
    }

    @Test
    void anAssessmentMissingACompetencyIsRefusedNamingIt() {
        Map<Competency, CompetencyScore> scores = new EnumMap<>(Competency.class);
        for (Competency competency : Competency.values()) {
            scores.put(competency, CompetencyScore.of(3));
        }
        scores.remove(Competency.CONCEPTUAL);
        assertThatThrownBy(() -> new CompetencyAssessment(EMPLOYEE, scores, ON, ASSESSOR))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("CONCEPTUAL");
    }

    @Test
    void nobodyAssessesThemselves() {
        Map<Competency, CompetencyScore> scores = new EnumMap<>(Competency.class);
        for (Competency competency : Competency.values()) {
            scores.put(competency, CompetencyScore.of(5));
        }
        assertThatThrownBy(() -> new CompetencyAssessment(EMPLOYEE, scores, ON, EMPLOYEE))
                .isInstanceOf(DomainRuleViolation.class)
                .extracting(e -> ((DomainRuleViolation) e).rule())
                .isEqualTo(CompetencyAssessment.NO_SELF_ASSESSMENT);
    }

    @Test
    void scoresRunFromOneToFive() {
        assertThat(CompetencyScore.of(1).value()).isEqualTo(1);
        assertThat(CompetencyScore.of(5).value()).isEqualTo(5);
        assertThatThrownBy(() -> CompetencyScore.of(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CompetencyScore.of(6)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void laterChangesToTheGivenScoresDoNotChangeTheAssessment() {
        Map<Competency, CompetencyScore> scores = new EnumMap<>(Competency.class);
        for (Competency competency : Competency.values()) {
            scores.put(competency, CompetencyScore.of(3));
        }
        CompetencyAssessment assessment = new CompetencyAssessment(EMPLOYEE, scores, ON, ASSESSOR);
        scores.put(Competency.TECHNICAL, CompetencyScore.of(1));
        assertThat(assessment.scoreOf(Competency.TECHNICAL)).isEqualTo(CompetencyScore.of(3));
    }
}
