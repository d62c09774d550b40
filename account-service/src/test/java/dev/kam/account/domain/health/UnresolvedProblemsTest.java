package dev.kam.account.domain.health;

import static dev.kam.account.domain.dossier.Importance.CRITICAL;
import static dev.kam.account.domain.dossier.Importance.HIGH;
import static dev.kam.account.domain.dossier.Importance.MEDIUM;
import static dev.kam.account.domain.dossier.ProblemStatus.DROPPED;
import static dev.kam.account.domain.dossier.ProblemStatus.IN_PROGRESS;
import static dev.kam.account.domain.dossier.ProblemStatus.OPEN;
import static dev.kam.account.domain.dossier.ProblemStatus.SOLVED;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kam.account.domain.dossier.Importance;
import dev.kam.account.domain.dossier.ProblemStatus;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnresolvedProblemsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 4, 15);
    private static final HealthPolicy POLICY = HealthPolicy.defaults();

    private final UnresolvedProblems signal = new UnresolvedProblems();

    private static ProblemFact problem(Importance importance, ProblemStatus status, int daysOpen) {
        return new ProblemFact(importance, status, TODAY.minusDays(daysOpen));
    }

    private static HealthFacts facts(ProblemFact... problems) {
        return HealthFacts.on(TODAY).withProblems(List.of(problems));
    }

    @Test
    void anImportantProblemOpenExactlyTheToleratedDaysIsNoCause() {
        assertThat(signal.evaluate(facts(problem(HIGH, OPEN, 30)), POLICY)).isEmpty();
    }

    @Test
    void anImportantProblemOpenOneDayLongerIsACause() {
        CoolingCause cause = signal.evaluate(facts(problem(HIGH, OPEN, 31)), POLICY).orElseThrow();
        assertThat(cause.code()).isEqualTo(CauseCode.UNRESOLVED_PROBLEMS);
        assertThat(cause.penalty()).isEqualTo(5);
    }

    @Test
    void aCriticalProblemWeighsMoreThanAHighOne() {
        assertThat(signal.evaluate(facts(problem(CRITICAL, OPEN, 31)), POLICY).orElseThrow().penalty()).isEqualTo(10);
    }

    @Test
    void aProblemBeingWorkedOnStillCounts() {
        assertThat(signal.evaluate(facts(problem(HIGH, IN_PROGRESS, 45)), POLICY)).isPresent();
    }

    @Test
    void solvedAndDroppedProblemsDoNotCount() {
        assertThat(signal.evaluate(facts(problem(CRITICAL, SOLVED, 200), problem(CRITICAL, DROPPED, 200)), POLICY))
                .isEmpty();
    }

    @Test
    void problemsOfLowOrMediumImportanceDoNotCount() {
        assertThat(signal.evaluate(facts(problem(MEDIUM, OPEN, 200), problem(Importance.LOW, OPEN, 200)), POLICY))
                .isEmpty();
    }

    @Test
    void pointsAddUpPerProblemAndTheExplanationCountsThem() {
        CoolingCause cause = signal.evaluate(facts(problem(CRITICAL, OPEN, 75), problem(HIGH, IN_PROGRESS, 40),
                problem(HIGH, OPEN, 10)), POLICY).orElseThrow();

        assertThat(cause.penalty()).isEqualTo(15);
        assertThat(cause.explanation())
                .isEqualTo("2 important problems open longer than 30 days (1 critical, 1 high; oldest open 75 days)");
    }

    @Test
    void thePenaltyIsCapped() {
        CoolingCause cause = signal.evaluate(facts(problem(CRITICAL, OPEN, 40), problem(CRITICAL, OPEN, 40),
                problem(CRITICAL, OPEN, 40)), POLICY).orElseThrow();
        assertThat(cause.penalty()).isEqualTo(25);
    }

    @Test
    void noProblemsAreNoCause() {
        assertThat(signal.evaluate(HealthFacts.on(TODAY), POLICY)).isEmpty();
    }
}
