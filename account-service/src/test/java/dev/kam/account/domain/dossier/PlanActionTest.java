package dev.kam.account.domain.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kam.account.domain.access.AccountAction;
import dev.kam.kernel.UserId;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PlanActionTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    private static final UserId KATE = UserId.of("kate");
    private static final UserId TOM = UserId.of("tom");

    private static PlanAction dueOn(LocalDate dueOn) {
        return PlanAction.planned("Invite the buyer to the plant", TOM, dueOn, Optional.empty(), TODAY);
    }

    private static PlanAction withStatus(PlanAction action, ActionStatus status, LocalDate today) {
        return action.revised(action.title(), action.owner(), action.dueOn(), status, today);
    }

    @Test
    void aNewActionIsPlanned() {
        PlanAction action = dueOn(TODAY.plusDays(7));

        assertThat(action.status()).isEqualTo(ActionStatus.PLANNED);
        assertThat(action.completedOn()).isEmpty();
    }

    @Test
    void anActionAddedAlreadyDoneIsCompletedToday() {
        PlanAction action = PlanAction.planned("Send samples", TOM, TODAY.minusDays(1),
                Optional.of(ActionStatus.DONE), TODAY);
        assertThat(action.completedOn()).contains(TODAY);
    }

    @Test
    void anActionIsNotOverdueOnItsDueDate() {
        PlanAction action = dueOn(TODAY);

        assertThat(action.overdue(TODAY)).isFalse();
        assertThat(action.daysOverdue(TODAY)).isZero();
    }

    @Test
    void anActionIsOverdueFromTheDayAfterItsDueDate() {
        PlanAction action = dueOn(TODAY.minusDays(1));

        assertThat(action.overdue(TODAY)).isTrue();
        assertThat(action.daysOverdue(TODAY)).isEqualTo(1);
    }

    @Test
    void anActionInProgressPastItsDueDateIsStillOverdue() {
        assertThat(withStatus(dueOn(TODAY.minusDays(4)), ActionStatus.IN_PROGRESS, TODAY).overdue(TODAY)).isTrue();
    }

    @Test
    void doneAndCancelledActionsAreNeverOverdue() {
        PlanAction late = dueOn(TODAY.minusDays(10));

        assertThat(withStatus(late, ActionStatus.DONE, TODAY).overdue(TODAY)).isFalse();
        assertThat(withStatus(late, ActionStatus.CANCELLED, TODAY).overdue(TODAY)).isFalse();
    }

    @Test
    void finishingAnActionCompletesItTodayAndReopeningClearsIt() {
        PlanAction done = withStatus(dueOn(TODAY), ActionStatus.DONE, TODAY);
        PlanAction cancelledLater = withStatus(done, ActionStatus.CANCELLED, TODAY.plusDays(3));
        PlanAction reopened = withStatus(done, ActionStatus.IN_PROGRESS, TODAY.plusDays(3));

        assertThat(done.completedOn()).contains(TODAY);
        assertThat(cancelledLater.completedOn()).contains(TODAY);
        assertThat(reopened.completedOn()).isEmpty();
    }

    @Test
    void theOwnerReportingProgressNeedsOnlyProgressRights() {
        PlanAction action = dueOn(TODAY);
        PlanAction started = withStatus(action, ActionStatus.IN_PROGRESS, TODAY);

        assertThat(action.accessNeededFor(started, TOM)).isEqualTo(AccountAction.UPDATE_ACTION_PROGRESS);
    }

    @Test
    void someoneElseChangingTheStatusChangesThePlan() {
        PlanAction action = dueOn(TODAY);
        PlanAction started = withStatus(action, ActionStatus.IN_PROGRESS, TODAY);

        assertThat(action.accessNeededFor(started, KATE)).isEqualTo(AccountAction.EDIT_PLAN);
    }

    @Test
    void theOwnerMovingTheDueDateChangesThePlan() {
        PlanAction action = dueOn(TODAY);
        PlanAction postponed = action.revised(action.title(), TOM, TODAY.plusDays(14), ActionStatus.PLANNED, TODAY);

        assertThat(action.accessNeededFor(postponed, TOM)).isEqualTo(AccountAction.EDIT_PLAN);
    }

    @Test
    void theOwnerHandingTheActionOnChangesThePlan() {
        PlanAction action = dueOn(TODAY);
        PlanAction handedOn = action.revised(action.title(), KATE, TODAY, ActionStatus.PLANNED, TODAY);

        assertThat(action.accessNeededFor(handedOn, TOM)).isEqualTo(AccountAction.EDIT_PLAN);
    }

    @Test
    void theTitleIsRequired() {
        assertThatThrownBy(() -> PlanAction.planned(" ", TOM, TODAY, Optional.empty(), TODAY))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
