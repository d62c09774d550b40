package dev.kam.account.domain.health;

import static dev.kam.account.domain.dossier.BuyingCentreRole.BUTLER;
import static dev.kam.account.domain.dossier.BuyingCentreRole.HELPER;
import static dev.kam.account.domain.dossier.BuyingCentreRole.LEADER;
import static dev.kam.account.domain.dossier.BuyingCentreRole.SPECIFIER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kam.account.domain.dossier.BuyingCentreRole;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeyPersonLeftTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 4, 15);
    private static final HealthPolicy POLICY = HealthPolicy.defaults();

    private final KeyPersonLeft signal = new KeyPersonLeft();

    private static StakeholderDeparture left(BuyingCentreRole role, int daysAgo) {
        return new StakeholderDeparture(role, TODAY.minusDays(daysAgo));
    }

    private static HealthFacts facts(StakeholderDeparture... departures) {
        return HealthFacts.on(TODAY).withStakeholderDepartures(List.of(departures));
    }

    @Test
    void aLeaderWhoLeftRecentlyIsACause() {
        CoolingCause cause = signal.evaluate(facts(left(LEADER, 30)), POLICY).orElseThrow();

        assertThat(cause.code()).isEqualTo(CauseCode.KEY_PERSON_LEFT);
        assertThat(cause.penalty()).isEqualTo(15);
        assertThat(cause.explanation())
                .isEqualTo("1 key person left the client in the past 90 days (1 leader, 0 specifiers)");
    }

    @Test
    void aSpecifierWeighsLessThanALeader() {
        assertThat(signal.evaluate(facts(left(SPECIFIER, 30)), POLICY).orElseThrow().penalty()).isEqualTo(10);
    }

    @Test
    void helpersAndButlersAreNotKeyPeople() {
        assertThat(signal.evaluate(facts(left(HELPER, 5), left(BUTLER, 5)), POLICY)).isEmpty();
    }

    @Test
    void aLeaderAndASpecifierAddUpToTheCapExactly() {
        CoolingCause cause = signal.evaluate(facts(left(LEADER, 5), left(SPECIFIER, 50)), POLICY).orElseThrow();
        assertThat(cause.penalty()).isEqualTo(25);
        assertThat(cause.explanation())
                .isEqualTo("2 key people left the client in the past 90 days (1 leader, 1 specifier)");
    }

    @Test
    void thePenaltyIsCapped() {
        assertThat(signal.evaluate(facts(left(LEADER, 5), left(LEADER, 6)), POLICY).orElseThrow().penalty())
                .isEqualTo(25);
    }

    @Test
    void aDepartureOnTheLastDayOfTheLookbackCounts() {
        assertThat(signal.evaluate(facts(left(LEADER, 90)), POLICY)).isPresent();
    }

    @Test
    void aDepartureBeyondTheLookbackDoesNotCount() {
        assertThat(signal.evaluate(facts(left(LEADER, 91)), POLICY)).isEmpty();
    }

    @Test
    void noDeparturesAreNoCause() {
        assertThat(signal.evaluate(HealthFacts.on(TODAY), POLICY)).isEmpty();
    }
}
