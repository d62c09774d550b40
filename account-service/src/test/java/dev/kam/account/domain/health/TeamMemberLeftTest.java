package dev.kam.account.domain.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TeamMemberLeftTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 4, 15);
    private static final HealthPolicy POLICY = HealthPolicy.defaults();

    private final TeamMemberLeft signal = new TeamMemberLeft();

    private static HealthFacts facts(TeamDeparture... departures) {
        return HealthFacts.on(TODAY).withTeamDepartures(List.of(departures));
    }

    private static TeamDeparture leftDaysAgo(int days, int relationships) {
        return new TeamDeparture(TODAY.minusDays(days), relationships);
    }

    @Test
    void aMemberWhoLeftWithoutClientRelationshipsCostsTheDeparturePoints() {
        CoolingCause cause = signal.evaluate(facts(leftDaysAgo(10, 0)), POLICY).orElseThrow();

        assertThat(cause.code()).isEqualTo(CauseCode.TEAM_MEMBER_LEFT);
        assertThat(cause.penalty()).isEqualTo(5);
        assertThat(cause.explanation())
                .isEqualTo("1 team member left in the past 90 days, holding 0 client relationships");
    }

    @Test
    void aMemberWhoHeldClientRelationshipsWeighsMore() {
        CoolingCause cause = signal.evaluate(facts(leftDaysAgo(10, 2)), POLICY).orElseThrow();
        assertThat(cause.penalty()).isEqualTo(15);
    }

    @Test
    void departuresAddUpToTheCapExactly() {
        CoolingCause cause = signal.evaluate(facts(leftDaysAgo(10, 1), leftDaysAgo(20, 2)), POLICY).orElseThrow();
        assertThat(cause.penalty()).isEqualTo(25);
        assertThat(cause.explanation())
                .isEqualTo("2 team members left in the past 90 days, holding 3 client relationships");
    }

    @Test
    void thePenaltyIsCapped() {
        assertThat(signal.evaluate(facts(leftDaysAgo(10, 4), leftDaysAgo(20, 4)), POLICY).orElseThrow().penalty())
                .isEqualTo(25);
    }

    @Test
    void aDepartureOnTheLastDayOfTheLookbackCounts() {
        assertThat(signal.evaluate(facts(leftDaysAgo(90, 1)), POLICY)).isPresent();
    }

    @Test
    void aDepartureBeyondTheLookbackDoesNotCount() {
        assertThat(signal.evaluate(facts(leftDaysAgo(91, 3)), POLICY)).isEmpty();
    }

    @Test
    void anAnnouncedDepartureInTheFutureDoesNotCountYet() {
        assertThat(signal.evaluate(facts(leftDaysAgo(-7, 3)), POLICY)).isEmpty();
    }

    @Test
    void noDeparturesAreNoCause() {
        assertThat(signal.evaluate(HealthFacts.on(TODAY), POLICY)).isEmpty();
    }
}
