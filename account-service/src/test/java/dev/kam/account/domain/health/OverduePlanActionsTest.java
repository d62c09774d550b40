package dev.kam.account.domain.health;

import static dev.kam.account.domain.dossier.ActionStatus.CANCELLED;
import static dev.kam.account.domain.dossier.ActionStatus.DONE;
import static dev.kam.account.domain.dossier.ActionStatus.IN_PROGRESS;
import static dev.kam.account.domain.dossier.ActionStatus.PLANNED;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kam.account.domain.dossier.ActionStatus;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class OverduePlanActionsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 4, 15);
    private static final HealthPolicy POLICY = HealthPolicy.defaults();

    private final OverduePlanActions signal = new OverduePlanActions();

    private static PlanActionFact dueDaysAgo(int days, ActionStatus status) {
        return new PlanActionFact(TODAY.minusDays(days), status);
    }

    private static HealthFacts facts(PlanActionFact... actions) {
        return HealthFacts.on(TODAY).withPlanActions(List.of(actions));
    }

    @Test
    void anActionDueTodayIsNotYetOverdue() {
        assertThat(signal.evaluate(facts(dueDaysAgo(0, PLANNED)), POLICY)).isEmpty();
    }

    @Test
    void anUnfinishedActionDueYesterdayIsACause() {
        CoolingCause cause = signal.evaluate(facts(dueDaysAgo(1, IN_PROGRESS)), POLICY).orElseThrow();

        assertThat(cause.code()).isEqualTo(CauseCode.OVERDUE_PLAN_ACTIONS);
        assertThat(cause.penalty()).isEqualTo(4);
        assertThat(cause.explanation()).isEqualTo("1 retention plan action is past due (the oldest by 1 day)");
    }

    @Test
    void doneAndCancelledActionsAreNeverOverdue() {
        assertThat(signal.evaluate(facts(dueDaysAgo(30, DONE), dueDaysAgo(30, CANCELLED)), POLICY)).isEmpty();
    }

    @Test
    void pointsAddUpPerActionAndTheOldestIsNamed() {
        CoolingCause cause = signal.evaluate(facts(dueDaysAgo(3, PLANNED), dueDaysAgo(20, PLANNED)), POLICY)
                .orElseThrow();
        assertThat(cause.penalty()).isEqualTo(8);
        assertThat(cause.explanation()).isEqualTo("2 retention plan actions are past due (the oldest by 20 days)");
    }

    @Test
    void thePenaltyIsCapped() {
        CoolingCause cause = signal.evaluate(facts(dueDaysAgo(1, PLANNED), dueDaysAgo(2, PLANNED),
                dueDaysAgo(3, PLANNED), dueDaysAgo(4, PLANNED), dueDaysAgo(5, PLANNED)), POLICY).orElseThrow();
        assertThat(cause.penalty()).isEqualTo(16);
    }

    @Test
    void graceDaysFromThePolicyAreForgiven() {
        HealthPolicy d = HealthPolicy.defaults();
        HealthPolicy lenient = new HealthPolicy(d.purchaseDecline(), d.overdueContact(), d.negativeInteractions(),
                d.unresolvedProblems(), new HealthPolicy.PlanActions(7, PenaltyScale.perItem(4, 16)),
                d.teamDepartures(), d.coverage(), d.keyPeopleLeft(), d.bands(), d.coolingDropThreshold());

        assertThat(signal.evaluate(facts(dueDaysAgo(7, PLANNED)), lenient)).isEmpty();
        assertThat(signal.evaluate(facts(dueDaysAgo(8, PLANNED)), lenient)).isPresent();
    }

    @Test
    void noPlanActionsAreNoCause() {
        assertThat(signal.evaluate(HealthFacts.on(TODAY), POLICY)).isEmpty();
    }
}
