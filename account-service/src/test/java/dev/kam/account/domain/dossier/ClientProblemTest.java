package dev.kam.account.domain.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kam.kernel.DomainRuleViolation;
import dev.kam.kernel.UserId;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ClientProblemTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    private static final UserId KATE = UserId.of("kate");
    private static final UserId TOM = UserId.of("tom");

    private static ClientProblem recorded(ProblemStatus status, LocalDate openedOn) {
        return ClientProblem.recorded("Late deliveries", Optional.of("Trucks arrive after the shift change"),
                Importance.HIGH, true, false, KATE, status, openedOn, TODAY);
    }

    private static ClientProblem withStatus(ClientProblem problem, ProblemStatus status, LocalDate today) {
        return problem.revised(problem.title(), problem.description(), problem.importance(), problem.weCanSolve(),
                problem.competitorBetter(), problem.owner(), status, problem.openedOn(), today);
    }

    @Test
    void aNewProblemIsOpenWithoutAResolutionDate() {
        ClientProblem problem = recorded(ProblemStatus.OPEN, TODAY.minusDays(3));

        assertThat(problem.resolvedOn()).isEmpty();
        assertThat(problem.ageInDays(TODAY)).isEqualTo(3);
    }

    @Test
    void aProblemRecordedAlreadySolvedCountsAsResolvedToday() {
        assertThat(recorded(ProblemStatus.SOLVED, TODAY.minusDays(10)).resolvedOn()).contains(TODAY);
    }

    @Test
    void aProblemCannotBeOpenedInTheFuture() {
        assertThatThrownBy(() -> recorded(ProblemStatus.OPEN, TODAY.plusDays(1)))
                .isInstanceOf(DomainRuleViolation.class)
                .extracting(e -> ((DomainRuleViolation) e).rule()).isEqualTo("problem-opened-in-future");
    }

    @Test
    void aProblemOpenedTodayIsFine() {
        assertThat(recorded(ProblemStatus.OPEN, TODAY).ageInDays(TODAY)).isZero();
    }

    @Test
    void solvingAProblemResolvesItToday() {
        ClientProblem solved = withStatus(recorded(ProblemStatus.OPEN, TODAY.minusDays(5)), ProblemStatus.SOLVED,
                TODAY);

        assertThat(solved.resolvedOn()).contains(TODAY);
        assertThat(solved.ageInDays(TODAY.plusDays(30))).isEqualTo(5);
    }

    @Test
    void droppingAProblemResolvesItToo() {
        ClientProblem dropped = withStatus(recorded(ProblemStatus.IN_PROGRESS, TODAY.minusDays(5)),
                ProblemStatus.DROPPED, TODAY);
        assertThat(dropped.resolvedOn()).contains(TODAY);
    }

    @Test
    void movingBetweenClosedStatesKeepsTheResolutionDate() {
        ClientProblem solved = withStatus(recorded(ProblemStatus.OPEN, TODAY.minusDays(5)), ProblemStatus.SOLVED,
                TODAY.minusDays(2));
        ClientProblem dropped = withStatus(solved, ProblemStatus.DROPPED, TODAY);
        assertThat(dropped.resolvedOn()).contains(TODAY.minusDays(2));
    }

    @Test
    void reopeningAProblemClearsTheResolutionDate() {
        ClientProblem solved = withStatus(recorded(ProblemStatus.OPEN, TODAY.minusDays(5)), ProblemStatus.SOLVED,
                TODAY.minusDays(2));
        ClientProblem reopened = withStatus(solved, ProblemStatus.OPEN, TODAY);

        assertThat(reopened.resolvedOn()).isEmpty();
        assertThat(reopened.ageInDays(TODAY)).isEqualTo(5);
    }

    @Test
    void movingTheOpeningDateAfterTheResolutionIsRefused() {
        ClientProblem solved = withStatus(recorded(ProblemStatus.OPEN, TODAY.minusDays(5)), ProblemStatus.SOLVED,
                TODAY.minusDays(2));
        assertThatThrownBy(() -> solved.revised(solved.title(), solved.description(), solved.importance(), true,
                false, KATE, ProblemStatus.SOLVED, TODAY.minusDays(1), TODAY))
                .isInstanceOf(DomainRuleViolation.class)
                .extracting(e -> ((DomainRuleViolation) e).rule()).isEqualTo("problem-resolved-before-opened");
    }

    @Test
    void onlyOpenHighOrCriticalProblemsAreOpenAndImportant() {
        ClientProblem high = recorded(ProblemStatus.IN_PROGRESS, TODAY);
        ClientProblem medium = high.revised(high.title(), high.description(), Importance.MEDIUM, true, false, TOM,
                ProblemStatus.OPEN, TODAY, TODAY);
        ClientProblem solved = withStatus(high, ProblemStatus.SOLVED, TODAY);

        assertThat(high.openAndImportant()).isTrue();
        assertThat(medium.openAndImportant()).isFalse();
        assertThat(solved.openAndImportant()).isFalse();
    }

    @Test
    void aBlankDescriptionIsNoDescription() {
        ClientProblem problem = ClientProblem.recorded("  Price pressure ", Optional.of(" "), Importance.LOW, false,
                true, KATE, ProblemStatus.OPEN, TODAY, TODAY);

        assertThat(problem.title()).isEqualTo("Price pressure");
        assertThat(problem.description()).isEmpty();
    }

    @Test
    void theTitleIsRequiredAndBounded() {
        assertThatThrownBy(() -> ClientProblem.recorded(" ", Optional.empty(), Importance.LOW, false, false, KATE,
                ProblemStatus.OPEN, TODAY, TODAY)).isInstanceOf(IllegalArgumentException.class);
        String tooLong = "x".repeat(ClientProblem.MAX_TITLE_LENGTH + 1);
        assertThatThrownBy(() -> ClientProblem.recorded(tooLong, Optional.empty(), Importance.LOW, false, false,
                KATE, ProblemStatus.OPEN, TODAY, TODAY)).isInstanceOf(IllegalArgumentException.class);
    }
}
