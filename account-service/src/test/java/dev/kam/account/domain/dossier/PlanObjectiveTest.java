package dev.kam.account.domain.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kam.kernel.DomainRuleViolation;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PlanObjectiveTest {

    @Test
    void anObjectiveHasATitleAndMaybeADescription() {
        PlanObjective objective = PlanObjective.added(" Win back the plant in Lyon ", Optional.of(" "), 0);

        assertThat(objective.title()).isEqualTo("Win back the plant in Lyon");
        assertThat(objective.description()).isEmpty();
    }

    @Test
    void thePlanTakesObjectivesUpToItsLimit() {
        assertThat(PlanObjective.added("Last one", Optional.empty(), PlanObjective.MAX_OBJECTIVES_PER_PLAN - 1))
                .isNotNull();
    }

    @Test
    void aFullPlanTakesNoMoreObjectives() {
        assertThatThrownBy(() -> PlanObjective.added("One too many", Optional.empty(),
                PlanObjective.MAX_OBJECTIVES_PER_PLAN))
                .isInstanceOf(DomainRuleViolation.class)
                .extracting(e -> ((DomainRuleViolation) e).rule()).isEqualTo("plan-objectives-limit");
    }

    @Test
    void anObjectiveTakesActionsUpToItsLimit() {
        PlanObjective.requireRoomForAction(PlanObjective.MAX_ACTIONS_PER_OBJECTIVE - 1);
        assertThatThrownBy(() -> PlanObjective.requireRoomForAction(PlanObjective.MAX_ACTIONS_PER_OBJECTIVE))
                .isInstanceOf(DomainRuleViolation.class)
                .extracting(e -> ((DomainRuleViolation) e).rule()).isEqualTo("plan-actions-limit");
    }

    @Test
    void theTitleIsRequired() {
        assertThatThrownBy(() -> PlanObjective.added("", Optional.empty(), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
