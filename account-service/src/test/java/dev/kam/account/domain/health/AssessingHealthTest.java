package dev.kam.account.domain.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kam.account.domain.cadence.ContactCadence;
import dev.kam.account.domain.cadence.ContactStatus;
import dev.kam.account.domain.dossier.ActionStatus;
import dev.kam.account.domain.dossier.BuyingCentreRole;
import dev.kam.account.domain.dossier.Importance;
import dev.kam.account.domain.dossier.Outcome;
import dev.kam.account.domain.dossier.ProblemStatus;
import dev.kam.account.domain.purchase.VolumeComparison;
import dev.kam.kernel.Money;
import dev.kam.kernel.period.Period;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AssessingHealthTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 4, 15);
    private static final HealthPolicy POLICY = HealthPolicy.defaults();

    private final AssessingHealth assessing = AssessingHealth.withAllSignals();

    private static VolumeComparison decline23point5() {
        return new VolumeComparison(Period.quarter(2026, 1), Money.of("52020", "EUR"), Period.quarter(2025, 1),
                Optional.of(Money.of("68000", "EUR")));
    }

    @Test
    void anAccountWithNothingWrongIsHealthyAtAHundred() {
        HealthAssessment assessment = assessing.assess(HealthFacts.on(TODAY), POLICY);

        assertThat(assessment.score()).isEqualTo(new HealthScore(100));
        assertThat(assessment.band()).isEqualTo(HealthBand.HEALTHY);
        assertThat(assessment.causes()).isEmpty();
    }

    @Test
    void oneCauseLowersTheScoreAndMayChangeTheBand() {
        HealthAssessment assessment = assessing.assess(HealthFacts.on(TODAY).withPurchases(decline23point5()), POLICY);

        assertThat(assessment.score()).isEqualTo(new HealthScore(76));
        assertThat(assessment.band()).isEqualTo(HealthBand.WATCH);
        assertThat(assessment.causes()).extracting(CoolingCause::code).containsExactly(CauseCode.PURCHASE_DECLINE);
    }

    @Test
    void everySignalContributesAndCausesComeHeaviestFirst() {
        HealthFacts facts = HealthFacts.on(TODAY)
                .withPurchases(decline23point5())
                .withContact(new ContactStatus(ContactCadence.everyDays(30), Optional.of(TODAY.minusDays(45)),
                        TODAY.minusDays(15), TODAY))
                .withInteractions(List.of(new InteractionFact(TODAY.minusDays(2), Outcome.NEGATIVE),
                        new InteractionFact(TODAY.minusDays(9), Outcome.NEGATIVE)))
                .withProblems(List.of(new ProblemFact(Importance.CRITICAL, ProblemStatus.OPEN, TODAY.minusDays(75))))
                .withPlanActions(List.of(new PlanActionFact(TODAY.minusDays(3), ActionStatus.PLANNED)))
                .withTeamDepartures(List.of(new TeamDeparture(TODAY.minusDays(20), 1)))
                .withCoverage(new StakeholderCoverage(false, true, 1))
                .withStakeholderDepartures(List.of(new StakeholderDeparture(BuyingCentreRole.SPECIFIER,
                        TODAY.minusDays(40))));

        HealthAssessment assessment = assessing.assess(facts, POLICY);

        assertThat(assessment.causes()).extracting(CoolingCause::code).containsExactly(
                CauseCode.PURCHASE_DECLINE,
                CauseCode.NO_LEADER_RELATIONSHIP,
                CauseCode.OVERDUE_CONTACT,
                CauseCode.NEGATIVE_INTERACTIONS,
                CauseCode.UNRESOLVED_PROBLEMS,
                CauseCode.TEAM_MEMBER_LEFT,
                CauseCode.SINGLE_THREADED_RELATIONSHIP,
                CauseCode.ONLY_BUTLER_REACHABLE,
                CauseCode.KEY_PERSON_LEFT,
                CauseCode.OVERDUE_PLAN_ACTIONS);
        assertThat(assessment.causes()).extracting(CoolingCause::penalty)
                .containsExactly(24, 15, 10, 10, 10, 10, 10, 10, 10, 4);
        assertThat(assessment.score()).isEqualTo(new HealthScore(0));
        assertThat(assessment.band()).isEqualTo(HealthBand.CRITICAL);
    }

    @Test
    void onlyTheSignalsGivenAreRun() {
        AssessingHealth onlyCoverage = new AssessingHealth(List.of(new NoLeaderRelationship()));
        HealthFacts facts = HealthFacts.on(TODAY).withPurchases(decline23point5())
                .withCoverage(new StakeholderCoverage(false, false, 2));

        assertThat(onlyCoverage.assess(facts, POLICY).causes()).extracting(CoolingCause::code)
                .containsExactly(CauseCode.NO_LEADER_RELATIONSHIP);
    }

    @Test
    void anAssessmentNeedsAtLeastOneSignal() {
        assertThatThrownBy(() -> new AssessingHealth(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AssessingHealth(Collections.singletonList(null)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void causesAreSortedHeaviestFirstEvenWhenStored() {
        HealthAssessment stored = new HealthAssessment(new HealthScore(75), HealthBand.WATCH, List.of(
                new CoolingCause(CauseCode.KEY_PERSON_LEFT, 10, "a"),
                new CoolingCause(CauseCode.PURCHASE_DECLINE, 10, "b"),
                new CoolingCause(CauseCode.OVERDUE_PLAN_ACTIONS, 5, "c")));

        assertThat(stored.causes()).extracting(CoolingCause::code).containsExactly(
                CauseCode.PURCHASE_DECLINE, CauseCode.KEY_PERSON_LEFT, CauseCode.OVERDUE_PLAN_ACTIONS);
    }

    @Test
    void aFactListWithAMissingEntryIsRefused() {
        assertThatThrownBy(() -> HealthFacts.on(TODAY).withProblems(Collections.singletonList(null)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
