package dev.kam.incentive.domain.competency;

import static dev.kam.incentive.domain.competency.Assessments.EMPLOYEE;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kam.kernel.DomainRuleViolation;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CareerStepTest {

    private static final CareerStep KAM_2025 = new CareerStep(EMPLOYEE, "Key account manager",
            LocalDate.of(2025, 1, 1), null);

    @Test
    void theFirstStepNeedsNothingBeforeIt() {
        assertThatCode(() -> KAM_2025.requireAfter(List.of())).doesNotThrowAnyException();
    }

    @Test
    void aStepOnTheDayOfTheLatestOrLaterIsInOrder() {
        CareerStep sameDay = new CareerStep(EMPLOYEE, "Acting team lead", LocalDate.of(2025, 1, 1), "cover");

        assertThatCode(() -> sameDay.requireAfter(List.of(KAM_2025))).doesNotThrowAnyException();
    }

    @Test
    void aStepBeforeTheLatestWouldRewriteTheHistory() {
        CareerStep earlier = new CareerStep(EMPLOYEE, "Sales assistant", LocalDate.of(2024, 12, 31), null);

        assertThatThrownBy(() -> earlier.requireAfter(List.of(KAM_2025)))
                .isInstanceOf(DomainRuleViolation.class)
                .hasMessageContaining("2025-01-01")
                .extracting(e -> ((DomainRuleViolation) e).rule()).isEqualTo(CareerStep.ORDER_RULE);
    }

    @Test
    void aBlankPositionIsNoStep() {
        assertThatThrownBy(() -> new CareerStep(EMPLOYEE, " ", LocalDate.of(2025, 1, 1), null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
