package dev.kam.incentive.domain.competency;

import static dev.kam.incentive.domain.competency.Assessments.EMPLOYEE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kam.kernel.DomainRuleViolation;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DevelopmentPlanTest {

    private static final LocalDate MARCH = LocalDate.of(2027, 3, 31);
    private static final LocalDate JUNE = LocalDate.of(2027, 6, 30);

    @Test
    void itemsAreOrderedByDueDate() {
        DevelopmentPlan plan = new DevelopmentPlan(EMPLOYEE, List.of(
                new DevelopmentItem(Competency.CONCEPTUAL, "Write the account strategy", JUNE, false),
                new DevelopmentItem(Competency.ADMINISTRATIVE, "Run the review alone", MARCH, false)));

        assertThat(plan.items()).extracting(DevelopmentItem::dueOn).containsExactly(MARCH, JUNE);
    }

    @Test
    void theSameActionForTheSameCompetencyTwiceBreaksARule() {
        List<DevelopmentItem> twice = List.of(
                new DevelopmentItem(Competency.CONCEPTUAL, "Write the strategy", MARCH, false),
                new DevelopmentItem(Competency.CONCEPTUAL, "write the STRATEGY", JUNE, true));

        assertThatThrownBy(() -> new DevelopmentPlan(EMPLOYEE, twice))
                .isInstanceOf(DomainRuleViolation.class)
                .extracting(e -> ((DomainRuleViolation) e).rule()).isEqualTo(DevelopmentPlan.SAME_ITEM_TWICE_RULE);
    }

    @Test
    void theSameActionForAnotherCompetencyIsAnotherItem() {
        DevelopmentPlan plan = new DevelopmentPlan(EMPLOYEE, List.of(
                new DevelopmentItem(Competency.CONCEPTUAL, "Shadow the head of sales", MARCH, false),
                new DevelopmentItem(Competency.ANALYTICAL, "Shadow the head of sales", JUNE, false)));

        assertThat(plan.items()).hasSize(2);
    }

    @Test
    void moreThanThirtyItemsIsNoPlan() {
        List<DevelopmentItem> many = IntStream.rangeClosed(1, DevelopmentPlan.MAX_ITEMS + 1)
                .mapToObj(i -> new DevelopmentItem(Competency.TECHNICAL, "Step " + i, MARCH, false)).toList();

        assertThatThrownBy(() -> new DevelopmentPlan(EMPLOYEE, many)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anOpenItemOnTheWeakestCompetencyAddressesIt() {
        CompetencyAssessment weakAdministration = Assessments.scored(4, 4, 4, 2, 4, 4, 4);
        DevelopmentPlan open = new DevelopmentPlan(EMPLOYEE, List.of(
                new DevelopmentItem(Competency.ADMINISTRATIVE, "Run the review alone", MARCH, false)));
        DevelopmentPlan done = new DevelopmentPlan(EMPLOYEE, List.of(
                new DevelopmentItem(Competency.ADMINISTRATIVE, "Run the review alone", MARCH, true)));

        assertThat(open.addressesWeakest(Optional.of(weakAdministration))).contains(true);
        assertThat(done.addressesWeakest(Optional.of(weakAdministration))).contains(false);
        assertThat(open.addressesWeakest(Optional.empty())).isEmpty();
    }

    @Test
    void anEmptyPlanIsAPlan() {
        assertThat(new DevelopmentPlan(EMPLOYEE, Collections.emptyList()).items()).isEmpty();
    }
}
