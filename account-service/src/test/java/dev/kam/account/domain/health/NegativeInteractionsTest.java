package dev.kam.account.domain.health;

import static dev.kam.account.domain.dossier.Outcome.NEGATIVE;
import static dev.kam.account.domain.dossier.Outcome.NEUTRAL;
import static dev.kam.account.domain.dossier.Outcome.POSITIVE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kam.account.domain.dossier.Outcome;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class NegativeInteractionsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 4, 15);
    private static final HealthPolicy POLICY = HealthPolicy.defaults();

    private final NegativeInteractions signal = new NegativeInteractions();

    private static InteractionFact daysAgo(int days, Outcome outcome) {
        return new InteractionFact(TODAY.minusDays(days), outcome);
    }

    private static HealthFacts facts(InteractionFact... interactions) {
        return HealthFacts.on(TODAY).withInteractions(List.of(interactions));
    }

    @Test
    void oneNegativeOutcomeIsNoCause() {
        assertThat(signal.evaluate(facts(daysAgo(1, NEGATIVE), daysAgo(2, POSITIVE)), POLICY)).isEmpty();
    }

    @Test
    void twoNegativeOutcomesAmongTheLastFiveAreACause() {
        CoolingCause cause = signal.evaluate(facts(daysAgo(1, NEGATIVE), daysAgo(2, NEUTRAL), daysAgo(3, NEGATIVE),
                daysAgo(4, POSITIVE), daysAgo(5, POSITIVE)), POLICY).orElseThrow();

        assertThat(cause.code()).isEqualTo(CauseCode.NEGATIVE_INTERACTIONS);
        assertThat(cause.penalty()).isEqualTo(10);
        assertThat(cause.explanation()).isEqualTo("2 of the last 5 interactions in the past 90 days were negative");
    }

    @Test
    void negativesOlderThanTheLastFiveInteractionsDoNotCount() {
        assertThat(signal.evaluate(facts(daysAgo(1, POSITIVE), daysAgo(2, POSITIVE), daysAgo(3, POSITIVE),
                daysAgo(4, POSITIVE), daysAgo(5, POSITIVE), daysAgo(6, NEGATIVE), daysAgo(7, NEGATIVE)), POLICY))
                .isEmpty();
    }

    @Test
    void theOrderTheInteractionsArriveInDoesNotMatter() {
        assertThat(signal.evaluate(facts(daysAgo(7, NEGATIVE), daysAgo(1, POSITIVE), daysAgo(6, NEGATIVE),
                daysAgo(2, POSITIVE), daysAgo(3, POSITIVE), daysAgo(4, POSITIVE), daysAgo(5, POSITIVE)), POLICY))
                .isEmpty();
    }

    @Test
    void aNegativeOnTheLastDayOfTheLookbackCounts() {
        assertThat(signal.evaluate(facts(daysAgo(90, NEGATIVE), daysAgo(1, NEGATIVE)), POLICY)).isPresent();
    }

    @Test
    void aNegativeOneDayBeyondTheLookbackDoesNotCount() {
        assertThat(signal.evaluate(facts(daysAgo(91, NEGATIVE), daysAgo(1, NEGATIVE)), POLICY)).isEmpty();
    }

    @Test
    void interactionsDatedInTheFutureAreIgnored() {
        assertThat(signal.evaluate(facts(daysAgo(-1, NEGATIVE), daysAgo(1, NEGATIVE)), POLICY)).isEmpty();
    }

    @Test
    void thePenaltyIsCapped() {
        CoolingCause cause = signal.evaluate(facts(daysAgo(1, NEGATIVE), daysAgo(2, NEGATIVE), daysAgo(3, NEGATIVE),
                daysAgo(4, NEGATIVE), daysAgo(5, NEGATIVE)), POLICY).orElseThrow();
        assertThat(cause.penalty()).isEqualTo(20);
    }

    @Test
    void fourNegativesReachTheCapExactly() {
        CoolingCause cause = signal.evaluate(facts(daysAgo(1, NEGATIVE), daysAgo(2, NEGATIVE), daysAgo(3, NEGATIVE),
                daysAgo(4, NEGATIVE), daysAgo(5, POSITIVE)), POLICY).orElseThrow();
        assertThat(cause.penalty()).isEqualTo(20);
        assertThat(cause.explanation()).startsWith("4 of the last 5");
    }

    @Test
    void noInteractionsAreNoCause() {
        assertThat(signal.evaluate(HealthFacts.on(TODAY), POLICY)).isEmpty();
    }
}
