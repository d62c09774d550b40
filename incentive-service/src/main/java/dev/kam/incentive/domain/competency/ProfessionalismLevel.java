package dev.kam.incentive.domain.competency;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/**
 * How professional a team member is, as the workload model uses it. Derived from the latest
 * competency assessment in two steps:
 * <ol>
 * <li>the mean of the seven scores, to one decimal half up, picks the level: below 2.5 JUNIOR,
 * below 3.5 PROFESSIONAL, below 4.5 SENIOR, from 4.5 EXPERT;</li>
 * <li>the weakest competency caps it one level above the level that score alone would give, so a
 * strong average cannot hide a gap that makes every account more work (a 1 caps at PROFESSIONAL).</li>
 * </ol>
 * Someone never assessed counts as JUNIOR: the cautious reading gives them fewer accounts, not more.
 */
public enum ProfessionalismLevel {
    JUNIOR,
    PROFESSIONAL,
    SENIOR,
    EXPERT;

    private static final BigDecimal PROFESSIONAL_FROM = new BigDecimal("2.5");
    private static final BigDecimal SENIOR_FROM = new BigDecimal("3.5");
    private static final BigDecimal EXPERT_FROM = new BigDecimal("4.5");

    public static ProfessionalismLevel of(CompetencyAssessment assessment) {
        if (assessment == null) {
            throw new IllegalArgumentException("An assessment is required");
        }
        ProfessionalismLevel byMean = forScore(meanScore(assessment));
        ProfessionalismLevel cap = forScore(BigDecimal.valueOf(assessment.weakest().value())).oneUp();
        return byMean.compareTo(cap) <= 0 ? byMean : cap;
    }

    /** The level from the latest of a person's assessments; JUNIOR when there is none. */
    public static ProfessionalismLevel fromLatest(Collection<CompetencyAssessment> assessments) {
        if (assessments == null) {
            throw new IllegalArgumentException("Assessments are required (may be empty)");
        }
        return latest(assessments).map(ProfessionalismLevel::of).orElse(JUNIOR);
    }

    public static Optional<CompetencyAssessment> latest(Collection<CompetencyAssessment> assessments) {
        return assessments.stream().max(Comparator.comparing(CompetencyAssessment::assessedOn));
    }

    public static BigDecimal meanScore(CompetencyAssessment assessment) {
        int sum = assessment.scores().values().stream().mapToInt(CompetencyScore::value).sum();
        return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(assessment.scores().size()), 1, RoundingMode.HALF_UP);
    }

    private static ProfessionalismLevel forScore(BigDecimal score) {
        if (score.compareTo(EXPERT_FROM) >= 0) {
            return EXPERT;
        }
        if (score.compareTo(SENIOR_FROM) >= 0) {
            return SENIOR;
        }
        return score.compareTo(PROFESSIONAL_FROM) >= 0 ? PROFESSIONAL : JUNIOR;
    }

    private ProfessionalismLevel oneUp() {
        return this == EXPERT ? EXPERT : values()[ordinal() + 1];
    }
}
