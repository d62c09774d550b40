package dev.kam.incentive.domain.statement;

import static dev.kam.incentive.domain.pay.PlanFixtures.KAM;
import static dev.kam.incentive.domain.pay.PlanFixtures.QUARTER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kam.incentive.domain.pay.PayPlan;
import dev.kam.incentive.domain.pay.PayTerms;
import dev.kam.incentive.domain.pay.PlanFixtures;
import dev.kam.incentive.domain.purchase.PurchaseFact;
import dev.kam.incentive.domain.purchase.PurchaseLedger;
import dev.kam.kernel.AccountId;
import dev.kam.kernel.Money;
import dev.kam.kernel.period.ComparisonRule;
import dev.kam.kernel.period.Period;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ComputingStatementTest {

    static final AccountId A = AccountId.of("00000000-0000-0000-0000-00000000000a");
    static final AccountId B = AccountId.of("00000000-0000-0000-0000-00000000000b");
    static final Instant AT = Instant.parse("2026-07-01T08:00:00Z");
    static final PayPlan PLAN = PlanFixtures.planInForce(PlanFixtures.standardTerms());

    /** 110 000 EUR this quarter against 105 000 EUR a year earlier. */
    static PurchaseLedger facts() {
        return PurchaseLedger.of(List.of(
                fact("evt-1", A, QUARTER, "70000"),
                fact("evt-2", A, QUARTER.sameLastYear(), "60000"),
                fact("evt-3", B, QUARTER, "40000"),
                fact("evt-4", B, QUARTER.sameLastYear(), "45000")));
    }

    static PurchaseFact fact(String eventId, AccountId account, Period period, String amount) {
        return new PurchaseFact(eventId, account, period, Money.of(amount, "EUR"), AT);
    }

    static StatementFigures compute(PayPlan plan, PurchaseLedger facts) {
        return ComputingStatement.compute(plan, Set.of(A, B), facts, ComparisonRule.defaultRule());
    }

    @Test
    void eachKpiPaysVariableTimesWeightTimesItsPayoutFactor() {
        StatementFigures figures = compute(PLAN, facts());
        // volume 110000: 133.33 % of 3000 x 60 % = 2400; growth 4.8 %: 96 % of 3000 x 40 % = 1152
        assertThat(figures.lines()).extracting(KpiLine::payout)
                .containsExactly(Money.of("2400", "EUR"), Money.of("1152", "EUR"));
    }

    @Test
    void theTotalIsBasePlusTheSumOfTheLines() {
        StatementFigures figures = compute(PLAN, facts());
        assertThat(figures.base()).isEqualTo(Money.of("7000", "EUR"));
        assertThat(figures.variable()).isEqualTo(Money.of("3552", "EUR"));
        assertThat(figures.total()).isEqualTo(Money.of("10552", "EUR"));
        assertThat(figures.planVersion()).isEqualTo(1);
    }

    @Test
    void eachLineCarriesAReadableTraceOfItsCalculation() {
        StatementFigures figures = compute(PLAN, facts());
        assertThat(figures.lines().get(0).trace()).isEqualTo("Purchase volume of my accounts: actual 110000.00 amount "
                + "(purchases of 2 accounts in 2026-Q2: 110000.00 EUR); above target 100000 (100%), accelerating to "
                + "cap 130000 (200.0%): 133.33%; payout 3000.00 EUR x 60.0% x 133.33% = 2400.00 EUR, "
                + "rounded half up to cents");
    }

    @Test
    void eachLineIsRoundedOnceHalfUpToCents() {
        // variable 3333.34; volume line: 3333.34 x 60 % x 133.333...% = 2666.672 -> 2666.67
        PayPlan plan = PlanFixtures.planInForce(PlanFixtures.terms("11111.11", "7777.77"));
        assertThat(compute(plan, facts()).lines().get(0).payout()).isEqualTo(Money.of("2666.67", "EUR"));
    }

    @Test
    void aKpiThatCannotBeMeasuredPaysNothingAndSaysWhy() {
        PurchaseLedger thisQuarterOnly = PurchaseLedger.of(List.of(fact("evt-1", A, QUARTER, "100000")));
        KpiLine growth = compute(PLAN, thisQuarterOnly).lines().get(1);
        assertThat(growth.payout()).isEqualTo(Money.of("0", "EUR"));
        assertThat(growth.trace()).isEqualTo("Growth against the same quarter last year: not measurable "
                + "(no purchases recorded in 2025-Q2 to compare 2026-Q2 with), pays nothing");
    }

    @Test
    void theSameFactsGiveEqualFigures() {
        assertThat(compute(PLAN, facts())).isEqualTo(compute(PLAN, facts()));
    }

    @Test
    void aReplayedPurchaseFactDoesNotChangeTheDraft() {
        Statement draft = Statement.draft(KAM, QUARTER, compute(PLAN, facts()));
        PurchaseLedger replayed = facts().record(fact("evt-3", B, QUARTER, "40000"));
        assertThat(draft.recompute(compute(PLAN, replayed))).isSameAs(draft);
    }

    @Test
    void aCorrectedPurchaseFactChangesTheDraft() {
        Statement draft = Statement.draft(KAM, QUARTER, compute(PLAN, facts()));
        PurchaseLedger corrected = facts().record(
                new PurchaseFact("evt-5", B, QUARTER, Money.of("50000", "EUR"), AT.plusSeconds(1)));
        Statement recomputed = draft.recompute(compute(PLAN, corrected));
        // volume 120000: 166.67 % of 1800 = 3000; growth 14.3 % is above the 10 % cap: 250 % of 1200
        assertThat(recomputed.total()).isEqualTo(Money.of("13000", "EUR"));
    }

    @Test
    void aPlanWithOneKpiPaysItAll() {
        PayTerms oneKpi = new PayTerms(Money.of("10000", "EUR"), Money.of("7000", "EUR"),
                List.of(PlanFixtures.volumeKpi("100")));
        StatementFigures figures = compute(PlanFixtures.planInForce(oneKpi), facts());
        assertThat(figures.variable()).isEqualTo(Money.of("4000", "EUR"));
    }
}
