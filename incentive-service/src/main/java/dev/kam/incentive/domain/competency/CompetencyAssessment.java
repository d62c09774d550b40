package dev.kam.incentive.domain.competency;

import dev.kam.kernel.DomainRuleViolation;
import dev.kam.kernel.UserId;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One assessment of one person over all seven competencies, on a date, by someone else: a partial
 * assessment would make the derived professionalism level depend on which competencies were left out.
 */
public record CompetencyAssessment(
        UserId employee, Map<Competency, CompetencyScore> scores, LocalDate assessedOn, UserId assessedBy) {

    public static final String NO_SELF_ASSESSMENT = "no-self-assessment";

    public CompetencyAssessment {
        if (employee == null || assessedBy == null) {
            throw new IllegalArgumentException("The employee and the assessor are required");
        }
        if (assessedOn == null) {
            throw new IllegalArgumentException("The assessment date is required");
        }
        if (scores == null || scores.values().stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("Scores are required");
        }
        Set<Competency> missing = EnumSet.allOf(Competency.class);
        missing.removeAll(scores.keySet());
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("Every competency must be scored; missing: " + missing);
        }
        if (employee.equals(assessedBy)) {
            // the level feeds the workload norm and so the person's account load: not self-declared
            throw new DomainRuleViolation(NO_SELF_ASSESSMENT,
                    "A competency assessment must be made by someone other than the person assessed");
        }
        scores = Collections.unmodifiableMap(new EnumMap<>(scores));
    }

    public CompetencyScore scoreOf(Competency competency) {
        return scores.get(competency);
    }

    public CompetencyScore weakest() {
        return scores.values().stream().min(CompetencyScore::compareTo).orElseThrow();
    }
}
