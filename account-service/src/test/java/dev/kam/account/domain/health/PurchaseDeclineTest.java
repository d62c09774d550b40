package dev.kam.account.domain.health;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kam.account.domain.purchase.VolumeComparison;
import dev.kam.kernel.Money;
import dev.kam.kernel.Percentage;
import dev.kam.kernel.period.Period;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PurchaseDeclineTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 4, 15);
    private static final HealthPolicy POLICY = HealthPolicy.defaults();

    private final PurchaseDecline signal = new PurchaseDecline();

    private static HealthFacts purchases(String current, String previous) {
        return HealthFacts.on(TODAY).withPurchases(new VolumeComparison(Period.quarter(2026, 1),
                Money.of(current, "EUR"), Period.quarter(2025, 1),
                Optional.ofNullable(previous).map(p -> Money.of(p, "EUR"))));
    }

    @Test
    void aDeclineExactlyAtTheToleratedPercentageIsNoCause() {
        assertThat(signal.evaluate(purchases("950", "1000"), POLICY)).isEmpty();
    }

    @Test
    void aDeclineJustBeyondTheToleranceCostsTheBasePenalty() {
        CoolingCause cause = signal.evaluate(purchases("949", "1000"), POLICY).orElseThrow();
        assertThat(cause.code()).isEqualTo(CauseCode.PURCHASE_DECLINE);
        assertThat(cause.penalty()).isEqualTo(5);
    }

    @Test
    void thePenaltyGrowsWithEveryPointBeyondTheTolerance() {
        // 23.5 % decline: 5 base + 18.5 points beyond the 5 % tolerance, rounded half up
        CoolingCause cause = signal.evaluate(purchases("52020", "68000"), POLICY).orElseThrow();
        assertThat(cause.penalty()).isEqualTo(24);
    }

    @Test
    void theExplanationGivesThePeriodsThePercentageAndTheAmounts() {
        CoolingCause cause = signal.evaluate(purchases("52020", "68000"), POLICY).orElseThrow();
        assertThat(cause.explanation())
                .isEqualTo("Purchases in 2026-Q1 are 23.5% below 2025-Q1 (52020.00 EUR against 68000.00 EUR)");
    }

    @Test
    void thePenaltyReachesTheCapAndStaysThere() {
        assertThat(signal.evaluate(purchases("700", "1000"), POLICY).orElseThrow().penalty()).isEqualTo(30);
        assertThat(signal.evaluate(purchases("690", "1000"), POLICY).orElseThrow().penalty()).isEqualTo(30);
        assertThat(signal.evaluate(purchases("0", "1000"), POLICY).orElseThrow().penalty()).isEqualTo(30);
    }

    @Test
    void oneStepBelowTheCapIsNotCapped() {
        assertThat(signal.evaluate(purchases("710", "1000"), POLICY).orElseThrow().penalty()).isEqualTo(29);
    }

    @Test
    void aRiseIsNoCause() {
        assertThat(signal.evaluate(purchases("1200", "1000"), POLICY)).isEmpty();
    }

    @Test
    void withoutAComparableVolumeThereIsNoCause() {
        assertThat(signal.evaluate(purchases("100", null), POLICY)).isEmpty();
        assertThat(signal.evaluate(HealthFacts.on(TODAY), POLICY)).isEmpty();
    }

    @Test
    void aPreviousVolumeOfZeroGivesNoPercentageAndNoCause() {
        assertThat(signal.evaluate(purchases("0", "0"), POLICY)).isEmpty();
    }

    @Test
    void theToleranceComesFromThePolicy() {
        HealthPolicy strict = withDecline(new HealthPolicy.Decline(Percentage.ZERO, PenaltyScale.of(5, 1.0, 30)));
        assertThat(signal.evaluate(purchases("990", "1000"), strict).orElseThrow().penalty()).isEqualTo(6);
    }

    @Test
    void aZeroWeightSwitchesTheSignalOff() {
        HealthPolicy off = withDecline(new HealthPolicy.Decline(Percentage.of("5"), PenaltyScale.of(0, 0, 0)));
        assertThat(signal.evaluate(purchases("500", "1000"), off)).isEmpty();
    }

    private static HealthPolicy withDecline(HealthPolicy.Decline decline) {
        HealthPolicy d = HealthPolicy.defaults();
        return new HealthPolicy(decline, d.overdueContact(), d.negativeInteractions(), d.unresolvedProblems(),
                d.overduePlanActions(), d.teamDepartures(), d.coverage(), d.keyPeopleLeft(), d.bands(),
                d.coolingDropThreshold());
    }
}
