package dev.kam.incentive.domain.competency;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProfessionalismLevelTest {

    @Test
    void theMeanIsTakenToOneDecimalHalfUp() {
        // 3+3+3+3+3+3+4 = 22 / 7 = 3.142...
        assertThat(ProfessionalismLevel.meanScore(Assessments.scored(3, 3, 3, 3, 3, 3, 4)))
                .isEqualByComparingTo(new BigDecimal("3.1"));
    }

    @Test
    void aMeanBelowTwoAndAHalfIsJunior() {
        // 2+2+2+2+2+3+3 = 16 / 7 = 2.3
        assertThat(ProfessionalismLevel.of(Assessments.scored(2, 2, 2, 2, 2, 3, 3)))
                .isEqualTo(ProfessionalismLevel.JUNIOR);
    }

    @Test
    void theLineBetweenJuniorAndProfessionalIsAMeanOfTwoAndAHalf() {
        // 2+2+2+3+3+3+3 = 18 / 7 = 2.571 -> 2.6; 2+2+2+2+3+3+3 = 17 / 7 = 2.43 -> 2.4
        assertThat(ProfessionalismLevel.of(Assessments.scored(2, 2, 2, 3, 3, 3, 3)))
                .isEqualTo(ProfessionalismLevel.PROFESSIONAL);
        assertThat(ProfessionalismLevel.of(Assessments.scored(2, 2, 2, 2, 3, 3, 3)))
                .isEqualTo(ProfessionalismLevel.JUNIOR);
    }

    @Test
    void theLineBetweenProfessionalAndSeniorIsAMeanOfThreeAndAHalf() {
        // 3+3+3+4+4+4+4 = 25 / 7 = 3.571 -> 3.6; 3+3+3+3+4+4+4 = 24 / 7 = 3.43 -> 3.4
        assertThat(ProfessionalismLevel.of(Assessments.scored(3, 3, 3, 4, 4, 4, 4)))
                .isEqualTo(ProfessionalismLevel.SENIOR);
        assertThat(ProfessionalismLevel.of(Assessments.scored(3, 3, 3, 3, 4, 4, 4)))
                .isEqualTo(ProfessionalismLevel.PROFESSIONAL);
    }

    @Test
    void theLineBetweenSeniorAndExpertIsAMeanOfFourAndAHalf() {
        // 4+4+4+5+5+5+5 = 32 / 7 = 4.571 -> 4.6; 4+4+4+4+5+5+5 = 31 / 7 = 4.43 -> 4.4
        assertThat(ProfessionalismLevel.of(Assessments.scored(4, 4, 4, 5, 5, 5, 5)))
                .isEqualTo(ProfessionalismLevel.EXPERT);
        assertThat(ProfessionalismLevel.of(Assessments.scored(4, 4, 4, 4, 5, 5, 5)))
                .isEqualTo(ProfessionalismLevel.SENIOR);
    }

    @Test
    void aCompetencyScoredOneCapsTheLevelAtProfessional() {
        // mean 4.4 would be SENIOR, but a 1 alone is JUNIOR, so one level up at most
        assertThat(ProfessionalismLevel.of(Assessments.scored(1, 5, 5, 5, 5, 5, 5)))
                .isEqualTo(ProfessionalismLevel.PROFESSIONAL);
    }

    @Test
    void aWeakestScoreOfThreeStillAllowsExpertOnlyUpToSenior() {
        // mean 4.7 would be EXPERT; a 3 alone is PROFESSIONAL, so SENIOR at most
        assertThat(ProfessionalismLevel.of(Assessments.scored(3, 5, 5, 5, 5, 5, 5)))
                .isEqualTo(ProfessionalismLevel.SENIOR);
    }

    @Test
    void theLatestAssessmentDecides() {
        CompetencyAssessment older = Assessments.scored(LocalDate.of(2025, 3, 1), 5, 5, 5, 5, 5, 5, 5);
        CompetencyAssessment newer = Assessments.scored(LocalDate.of(2026, 3, 1), 3, 3, 3, 3, 3, 3, 3);
        assertThat(ProfessionalismLevel.fromLatest(List.of(newer, older)))
                .isEqualTo(ProfessionalismLevel.PROFESSIONAL);
    }

    @Test
    void someoneNeverAssessedCountsAsJunior() {
        assertThat(ProfessionalismLevel.fromLatest(List.of())).isEqualTo(ProfessionalismLevel.JUNIOR);
    }
}
