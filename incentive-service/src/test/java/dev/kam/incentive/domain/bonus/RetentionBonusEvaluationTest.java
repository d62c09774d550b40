package dev.kam.incentive.domain.bonus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kam.incentive.domain.purchase.PurchaseFact;
import dev.kam.incentive.domain.purchase.PurchaseLedger;
import dev.kam.kernel.AccountId;
import dev.kam.kernel.DomainRuleViolation;
import dev.kam.kernel.Money;
import dev.kam.kernel.UserId;
import dev.kam.kernel.period.ComparisonRule;
import dev.kam.kernel.period.Period;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RetentionBonusEvaluationTest {

    private static final AccountId A = AccountId.of("00000000-0000-0000-0000-00000000000a");
    private static final AccountId B = AccountId.of("00000000-0000-0000-0000-00000000000b");
    private static final AccountId NEW = AccountId.of("00000000-0000-0000-0000-0000000000ff");
    private static final UserId LOGISTICS = UserId.of("logistics-lead");
    private static final UserId SERVICE = UserId.of("customer-service");
    private static final Period H1 = Period.half(2026, 1);
    private static final Period H1_LAST_YEAR = Period.half(2025, 1);
    private static final LocalDate CLOSED = LocalDate.of(2026, 7, 1);

    private final List<PurchaseFact> facts = new ArrayList<>();

    private void bought(AccountId account, Period period, String amount) {
        bought(account, period, amount, "EUR");
    }

    private void bought(AccountId account, Period period, String amount, String currency) {
        facts.add(new PurchaseFact("evt-" + facts.size(), account, period, Money.of(amount, currency),
                Instant.parse("2026-07-01T00:00:00Z")));
    }

    private static RetentionBonusProgram program(RetentionScope scope, AccountId... group) {
        return new RetentionBonusProgram("Keep the northern group", Set.of(group), H1, Set.of(SERVICE, LOGISTICS),
                Money.of("500", "EUR"), ComparisonRule.defaultRule(), scope);
    }

    private RetentionBonusOutcome evaluate(RetentionBonusProgram program) {
        return RetentionBonusEvaluation.evaluate(program, PurchaseLedger.of(facts), CLOSED);
    }

    private RetentionBonusOutcome evaluateGroup(AccountId... group) {
        return evaluate(program(RetentionScope.GROUP_TOTAL, group));
    }

    @Test
    void aGroupBuyingNoLessThanAYearEarlierPaysEveryEligibleEmployee() {
        bought(A, H1_LAST_YEAR, "1000");
        bought(A, H1, "1200");
        RetentionBonusOutcome outcome = evaluateGroup(A);
        assertThat(outcome.pays()).isTrue();
        assertThat(outcome.awards()).containsExactly(
                new BonusAward(SERVICE, Money.of("500", "EUR")), new BonusAward(LOGISTICS, Money.of("500", "EUR")));
    }

    @Test
    void exactlyTheSameVolumeAsBeforeCountsAsKept() {
        bought(A, H1_LAST_YEAR, "1000");
        bought(A, H1, "1000");
        assertThat(evaluateGroup(A).pays()).isTrue();
    }

    @Test
    void aDeclineOfOneCentIsADecline() {
        bought(A, H1_LAST_YEAR, "1000.00");
        bought(A, H1, "999.99");
        RetentionBonusOutcome outcome = evaluateGroup(A);
        assertThat(outcome.pays()).isFalse();
        assertThat(outcome.awards()).isEmpty();
        assertThat(outcome.explanation())
                .isEqualTo("The group bought 999.99 EUR in 2026-H1, less than 1000.00 EUR in 2025-H1");
    }

    @Test
    void theGroupTotalMayHoldWhileOneAccountDeclines() {
        bought(A, H1_LAST_YEAR, "1000");
        bought(A, H1, "1500");
        bought(B, H1_LAST_YEAR, "1000");
        bought(B, H1, "600");
        RetentionBonusOutcome outcome = evaluateGroup(A, B);
        assertThat(outcome.pays()).isTrue();
        assertThat(outcome.groupCurrent()).contains(Money.of("2100", "EUR"));
        assertThat(outcome.groupPrevious()).contains(Money.of("2000", "EUR"));
        assertThat(outcome.withVerdict(AccountVerdict.MET)).extracting(AccountRetention::account).containsExactly(A);
        assertThat(outcome.withVerdict(AccountVerdict.FAILED)).extracting(AccountRetention::account).containsExactly(B);
    }

    @Test
    void judgedAccountByAccountOneDeclineStopsThePayment() {
        bought(A, H1_LAST_YEAR, "1000");
        bought(A, H1, "1500");
        bought(B, H1_LAST_YEAR, "1000");
        bought(B, H1, "600");
        RetentionBonusOutcome outcome = evaluate(program(RetentionScope.EACH_ACCOUNT, A, B));
        assertThat(outcome.pays()).isFalse();
        assertThat(outcome.explanation()).isEqualTo("Accounts bought less than in 2025-H1: [" + B + "]");
    }

    @Test
    void judgedAccountByAccountEveryAccountKeepingUpPays() {
        bought(A, H1_LAST_YEAR, "1000");
        bought(A, H1, "1000");
        bought(B, H1_LAST_YEAR, "1000");
        bought(B, H1, "1001");
        assertThat(evaluate(program(RetentionScope.EACH_ACCOUNT, A, B)).pays()).isTrue();
    }

    @Test
    void withNoPreviousDataNothingCanBeShownKeptAndNothingIsPaid() {
        bought(A, H1, "5000");
        RetentionBonusOutcome outcome = evaluateGroup(A);
        assertThat(outcome.pays()).isFalse();
        assertThat(outcome.withVerdict(AccountVerdict.NEW)).hasSize(1);
        assertThat(outcome.explanation())
                .isEqualTo("No account of the group has purchases recorded in 2025-H1: nothing to keep, no bonus");
    }

    @Test
    void aNewAccountInTheGroupIsShownButLeftOutOfTheComparison() {
        bought(A, H1_LAST_YEAR, "1000");
        bought(A, H1, "1000");
        bought(NEW, H1, "5000");
        RetentionBonusOutcome outcome = evaluateGroup(A, NEW);
        assertThat(outcome.pays()).isTrue();
        assertThat(outcome.groupCurrent()).contains(Money.of("1000", "EUR"));
        assertThat(outcome.withVerdict(AccountVerdict.NEW)).extracting(AccountRetention::account).containsExactly(NEW);
        assertThat(outcome.explanation()).endsWith("; not judged (no comparable period): [" + NEW + "]");
    }

    @Test
    void aNewAccountDoesNotMakeUpForADecline() {
        bought(A, H1_LAST_YEAR, "1000");
        bought(A, H1, "900");
        bought(NEW, H1, "5000");
        assertThat(evaluateGroup(A, NEW).pays()).isFalse();
    }

    @Test
    void anAccountThatBoughtNothingThisPeriodBoughtZero() {
        bought(A, H1_LAST_YEAR, "1000");
        AccountRetention retention = evaluateGroup(A).accounts().get(0);
        assertThat(retention.current()).isEqualTo(Money.of("0", "EUR"));
        assertThat(retention.verdict()).isEqualTo(AccountVerdict.FAILED);
        assertThat(retention.explanation()).isEqualTo(A + " bought 0.00 EUR, less than 1000.00 EUR");
    }

    @Test
    void thePrecedingPeriodCanBeTheComparisonInstead() {
        bought(A, Period.half(2025, 2), "1000");
        bought(A, H1_LAST_YEAR, "5000");
        bought(A, H1, "1000");
        RetentionBonusProgram program = new RetentionBonusProgram("Keep up", Set.of(A), H1, Set.of(SERVICE),
                Money.of("500", "EUR"), ComparisonRule.PRECEDING_PERIOD, RetentionScope.GROUP_TOTAL);
        RetentionBonusOutcome outcome = evaluate(program);
        assertThat(outcome.comparedWith()).isEqualTo(Period.half(2025, 2));
        assertThat(outcome.pays()).isTrue();
    }

    @Test
    void aYearlyProgrammeAddsUpTheQuartersRecorded() {
        for (int quarter = 1; quarter <= 4; quarter++) {
            bought(A, Period.quarter(2025, quarter), "250");
            bought(A, Period.quarter(2026, quarter), "250");
        }
        RetentionBonusProgram yearly = RetentionBonusProgram.of("Yearly", Set.of(A), Period.year(2026), Set.of(SERVICE),
                Money.of("800", "EUR"));
        RetentionBonusOutcome outcome = RetentionBonusEvaluation.evaluate(yearly, PurchaseLedger.of(facts),
                LocalDate.of(2027, 1, 1));
        assertThat(outcome.groupCurrent()).contains(Money.of("1000", "EUR"));
        assertThat(outcome.pays()).isTrue();
    }

    @Test
    void aProgrammeIsEvaluatedOnlyOnceItsPeriodIsOver() {
        bought(A, H1_LAST_YEAR, "1000");
        assertThatThrownBy(() -> RetentionBonusEvaluation.evaluate(program(RetentionScope.GROUP_TOTAL, A),
                PurchaseLedger.of(facts), LocalDate.of(2026, 6, 30)))
                .isInstanceOf(DomainRuleViolation.class)
                .extracting(e -> ((DomainRuleViolation) e).rule())
                .isEqualTo(RetentionBonusEvaluation.PERIOD_OPEN_RULE);
    }

    @Test
    void aPreviewWhileThePeriodIsOpenShowsWhatWasBoughtSoFar() {
        bought(A, H1_LAST_YEAR, "1000");
        bought(A, Period.quarter(2026, 1), "400");
        RetentionBonusOutcome soFar = RetentionBonusEvaluation.preview(program(RetentionScope.GROUP_TOTAL, A),
                PurchaseLedger.of(facts));
        assertThat(soFar.groupCurrent()).contains(Money.of("400", "EUR"));
        assertThat(soFar.pays()).isFalse();
        assertThat(soFar.accounts().get(0).verdict()).isEqualTo(AccountVerdict.FAILED);
    }

    @Test
    void aPreviewAfterTheCloseIsTheEvaluationsOutcome() {
        bought(A, H1_LAST_YEAR, "1000");
        bought(A, H1, "1000");
        bought(NEW, H1, "5");
        RetentionBonusProgram program = program(RetentionScope.GROUP_TOTAL, A, NEW);
        assertThat(RetentionBonusEvaluation.preview(program, PurchaseLedger.of(facts))).isEqualTo(evaluate(program));
    }

    @Test
    void evaluatingAgainOnTheSameFactsGivesTheSameOutcome() {
        bought(A, H1_LAST_YEAR, "1000");
        bought(A, H1, "1200");
        RetentionBonusOutcome first = evaluateGroup(A);
        facts.add(facts.get(1));
        assertThat(evaluateGroup(A)).isEqualTo(first);
        assertThat(RetentionBonusEvaluation.evaluate(program(RetentionScope.GROUP_TOTAL, A), PurchaseLedger.of(facts),
                CLOSED.plusMonths(3))).isEqualTo(first);
    }

    @Test
    void aGroupBuyingInSeveralCurrenciesIsRefused() {
        bought(A, H1, "1000");
        bought(B, H1, "1000", "USD");
        assertThatThrownBy(() -> evaluateGroup(A, B))
                .isInstanceOf(DomainRuleViolation.class)
                .hasMessageContaining("[EUR, USD]");
    }

    @Test
    void programmesRunForAHalfYearOrAYearOnly() {
        assertThatThrownBy(() -> RetentionBonusProgram.of("Quarterly", Set.of(A), Period.quarter(2026, 2),
                Set.of(SERVICE), Money.of("100", "EUR")))
                .isInstanceOf(DomainRuleViolation.class)
                .extracting(e -> ((DomainRuleViolation) e).rule())
                .isEqualTo(RetentionBonusProgram.BONUS_PERIOD_RULE);
    }

    @Test
    void theDefaultsAreYearOverYearOnTheGroupTotal() {
        RetentionBonusProgram program = RetentionBonusProgram.of("Defaults", Set.of(A), H1, Set.of(SERVICE),
                Money.of("100", "EUR"));
        assertThat(program.rule()).isEqualTo(ComparisonRule.SAME_PERIOD_PREVIOUS_YEAR);
        assertThat(program.scope()).isEqualTo(RetentionScope.GROUP_TOTAL);
        assertThat(program.comparable()).isEqualTo(H1_LAST_YEAR);
    }

    @Test
    void aProgrammeNeedsAccountsEligiblePeopleAndAPositiveAmount() {
        assertThatThrownBy(() -> RetentionBonusProgram.of("x", Set.of(), H1, Set.of(SERVICE), Money.of("1", "EUR")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RetentionBonusProgram.of("x", Set.of(A), H1, Set.of(), Money.of("1", "EUR")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RetentionBonusProgram.of("x", Set.of(A), H1, Set.of(SERVICE), Money.of("0", "EUR")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
