package dev.kam.account.domain.health;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kam.account.domain.cadence.ContactCadence;
import dev.kam.account.domain.cadence.ContactStatus;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OverdueContactTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 4, 15);
    private static final HealthPolicy POLICY = HealthPolicy.defaults();

    private final OverdueContact signal = new OverdueContact();

    private static HealthFacts overdueBy(int days, int cadenceDays) {
        LocalDate due = TODAY.minusDays(days);
        return HealthFacts.on(TODAY).withContact(new ContactStatus(ContactCadence.everyDays(cadenceDays),
                Optional.of(due.minusDays(cadenceDays)), due, TODAY));
    }

    @Test
    void contactOnTheDueDateIsNoCause() {
        assertThat(signal.evaluate(overdueBy(0, 30), POLICY)).isEmpty();
    }

    @Test
    void contactNotYetDueIsNoCause() {
        assertThat(signal.evaluate(overdueBy(-5, 30), POLICY)).isEmpty();
    }

    @Test
    void oneDayOverdueCostsTheBasePenalty() {
        CoolingCause cause = signal.evaluate(overdueBy(1, 30), POLICY).orElseThrow();
        assertThat(cause.code()).isEqualTo(CauseCode.OVERDUE_CONTACT);
        assertThat(cause.penalty()).isEqualTo(5);
    }

    @Test
    void thePenaltyGrowsWithTheShareOfTheIntervalOverdue() {
        assertThat(signal.evaluate(overdueBy(15, 30), POLICY).orElseThrow().penalty()).isEqualTo(10);
        assertThat(signal.evaluate(overdueBy(30, 30), POLICY).orElseThrow().penalty()).isEqualTo(15);
    }

    @Test
    void aWeekLateOnAWeeklyCadenceWeighsLikeAMonthLateOnAMonthlyOne() {
        assertThat(signal.evaluate(overdueBy(7, 7), POLICY).orElseThrow().penalty())
                .isEqualTo(signal.evaluate(overdueBy(30, 30), POLICY).orElseThrow().penalty());
        assertThat(signal.evaluate(overdueBy(7, 90), POLICY).orElseThrow().penalty()).isEqualTo(6);
    }

    @Test
    void thePenaltyIsCapped() {
        assertThat(signal.evaluate(overdueBy(60, 30), POLICY).orElseThrow().penalty()).isEqualTo(25);
        assertThat(signal.evaluate(overdueBy(300, 30), POLICY).orElseThrow().penalty()).isEqualTo(25);
    }

    @Test
    void theExplanationGivesTheDaysTheDueDateAndTheCadence() {
        assertThat(signal.evaluate(overdueBy(15, 30), POLICY).orElseThrow().explanation())
                .isEqualTo("Contact is 15 days overdue (due 2026-03-31, target every 30 days)");
    }

    @Test
    void anAccountNeverContactedSaysSo() {
        HealthFacts facts = HealthFacts.on(TODAY).withContact(new ContactStatus(ContactCadence.everyDays(30),
                Optional.empty(), TODAY.minusDays(1), TODAY));
        assertThat(signal.evaluate(facts, POLICY).orElseThrow().explanation())
                .isEqualTo("No contact logged since registration; 1 day overdue"
                        + " (due 2026-04-14, target every 30 days)");
    }

    @Test
    void graceDaysFromThePolicyAreForgiven() {
        HealthPolicy d = HealthPolicy.defaults();
        HealthPolicy lenient = new HealthPolicy(d.purchaseDecline(),
                new HealthPolicy.Contact(3, PenaltyScale.of(5, 10, 25)),
                d.negativeInteractions(), d.unresolvedProblems(), d.overduePlanActions(), d.teamDepartures(),
                d.coverage(), d.keyPeopleLeft(), d.bands(), d.coolingDropThreshold());

        assertThat(signal.evaluate(overdueBy(3, 30), lenient)).isEmpty();
        assertThat(signal.evaluate(overdueBy(4, 30), lenient)).isPresent();
    }

    @Test
    void withoutAContactStatusThereIsNoCause() {
        assertThat(signal.evaluate(HealthFacts.on(TODAY), POLICY)).isEmpty();
    }
}
