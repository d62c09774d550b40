package dev.kam.incentive.domain.competency;

import dev.kam.kernel.UserId;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/** Builds assessments for tests: seven scores in the order of {@link Competency}. */
final class Assessments {

    static final UserId EMPLOYEE = UserId.of("kam-anna");
    static final UserId ASSESSOR = UserId.of("head-of-sales");

    private Assessments() {
    }

    static CompetencyAssessment scored(LocalDate on, int... scores) {
        Map<Competency, CompetencyScore> map = new EnumMap<>(Competency.class);
        for (Competency competency : Competency.values()) {
            map.put(competency, CompetencyScore.of(scores[competency.ordinal()]));
        }
        return new CompetencyAssessment(EMPLOYEE, map, on, ASSESSOR);
    }

    static CompetencyAssessment scored(int... scores) {
        return scored(LocalDate.of(2026, 3, 1), scores);
    }
}
