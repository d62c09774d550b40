package dev.kam.incentive.domain.statement;

import static dev.kam.incentive.domain.pay.PlanFixtures.KAM;
import static dev.kam.incentive.domain.pay.PlanFixtures.QUARTER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kam.kernel.DomainRuleViolation;
import dev.kam.kernel.Money;
import dev.kam.kernel.UserId;
import java.time.Instant;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class StatementTest {

    private static final UserId ADMIN = UserId.of("comp-admin");
    private static final Instant NOW = Instant.parse("2026-07-10T10:00:00Z");
    private static final Act BY_ADMIN = new Act(ADMIN, NOW);
    private static final Act BY_EMPLOYEE = new Act(KAM, NOW);

    private static Statement draft() {
        return Statement.draft(KAM, QUARTER,
                ComputingStatementTest.compute(ComputingStatementTest.PLAN, ComputingStatementTest.facts()));
    }

    private static Statement approved() {
        return draft().approve(BY_ADMIN);
    }

    private static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }

    private static void refusedBy(String rule, ThrowingCallable act) {
        assertThatThrownBy(act).isInstanceOf(DomainRuleViolation.class)
                .extracting(e -> ((DomainRuleViolation) e).rule()).isEqualTo(rule);
    }

    @Test
    void aStatementStartsAsADraft() {
        assertThat(draft().status()).isEqualTo(StatementStatus.DRAFT);
        assertThat(draft().total()).isEqualTo(eur("10552"));
    }

    @Test
    void anAdminApprovesADraftAndTheApprovalIsRecorded() {
        Statement approved = approved();
        assertThat(approved.status()).isEqualTo(StatementStatus.APPROVED);
        assertThat(approved.approved()).contains(BY_ADMIN);
    }

    @Test
    void nobodyApprovesTheirOwnStatement() {
        refusedBy(Statement.NOT_OWN_DECISION_RULE, () -> draft().approve(BY_EMPLOYEE));
    }

    @Test
    void anApprovedStatementIsNotRecomputed() {
        refusedBy(Statement.FIXED_RULE, () -> approved().recompute(draft().figures()));
    }

    @Test
    void anApprovedStatementIsNotApprovedAgain() {
        refusedBy(Statement.STATUS_RULE, () -> approved().approve(BY_ADMIN));
    }

    @Test
    void onlyAnApprovedStatementIsPaid() {
        refusedBy(Statement.STATUS_RULE, () -> draft().markPaid(BY_ADMIN));
        Statement paid = approved().markPaid(BY_ADMIN);
        assertThat(paid.status()).isEqualTo(StatementStatus.PAID);
        assertThat(paid.paid()).contains(BY_ADMIN);
    }

    @Test
    void aDraftIsNotAdjustedButFollowsTheFacts() {
        refusedBy(Statement.STATUS_RULE, () -> draft().adjust(eur("100"), "bonus for the fair", BY_ADMIN));
    }

    @Test
    void anAdjustmentAfterApprovalIsASeparateReasonedEntry() {
        Statement adjusted = approved().adjust(eur("-52"), "Duplicate invoice in account B credited back", BY_ADMIN);
        assertThat(adjusted.figures()).isEqualTo(approved().figures());
        assertThat(adjusted.adjustments()).singleElement().satisfies(a -> {
            assertThat(a.number()).isEqualTo(1);
            assertThat(a.reason()).isEqualTo("Duplicate invoice in account B credited back");
            assertThat(a.made()).isEqualTo(BY_ADMIN);
        });
        assertThat(adjusted.total()).isEqualTo(eur("10500"));
    }

    @Test
    void aPaidStatementMayStillBeAdjusted() {
        Statement adjusted = approved().markPaid(BY_ADMIN).adjust(eur("48"), "Late purchase correction", BY_ADMIN);
        assertThat(adjusted.total()).isEqualTo(eur("10600"));
    }

    @Test
    void anAdjustmentNeedsAReasonAndAnAmount() {
        assertThatThrownBy(() -> approved().adjust(eur("10"), " ", BY_ADMIN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> approved().adjust(eur("0"), "nothing", BY_ADMIN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> approved().adjust(Money.of("10", "USD"), "wrong money", BY_ADMIN))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anAdjustmentCannotTakeTheTotalBelowZero() {
        refusedBy(Statement.NEGATIVE_TOTAL_RULE, () -> approved().adjust(eur("-10552.01"), "claw back", BY_ADMIN));
        assertThat(approved().adjust(eur("-10552"), "claw back all", BY_ADMIN).total()).isEqualTo(eur("0"));
    }

    @Test
    void nobodyAdjustsTheirOwnStatement() {
        refusedBy(Statement.NOT_OWN_DECISION_RULE, () -> approved().adjust(eur("100"), "I deserve it", BY_EMPLOYEE));
    }

    @Test
    void theEmployeeDisputesALineWithAReason() {
        Statement disputed = draft().raiseDispute("volume", "The March order of account B is missing", BY_EMPLOYEE);
        assertThat(disputed.disputes()).singleElement().satisfies(d -> {
            assertThat(d.number()).isEqualTo(1);
            assertThat(d.line()).isEqualTo("volume");
            assertThat(d.isOpen()).isTrue();
        });
    }

    @Test
    void theBaseLineCanBeDisputedToo() {
        assertThat(approved().raiseDispute("base", "My base changed in May", BY_EMPLOYEE).disputes()).hasSize(1);
    }

    @Test
    void onlyTheEmployeeDisputesTheirStatement() {
        refusedBy(Statement.OWN_STATEMENT_RULE, () -> draft().raiseDispute("volume", "looks wrong", BY_ADMIN));
    }

    @Test
    void aDisputeNamesALineTheStatementHas() {
        refusedBy(Statement.UNKNOWN_LINE_RULE, () -> draft().raiseDispute("margin", "looks wrong", BY_EMPLOYEE));
    }

    @Test
    void aLineHasAtMostOneOpenDispute() {
        Statement disputed = draft().raiseDispute("volume", "missing order", BY_EMPLOYEE);
        refusedBy(Statement.DISPUTE_RULE, () -> disputed.raiseDispute("volume", "still missing", BY_EMPLOYEE));
    }

    @Test
    void anOpenDisputeBlocksApproval() {
        Statement disputed = draft().raiseDispute("volume", "missing order", BY_EMPLOYEE);
        refusedBy(Statement.OPEN_DISPUTE_RULE, () -> disputed.approve(BY_ADMIN));
    }

    @Test
    void anAdminResolvesADisputeAndTheStatementCanThenBeApproved() {
        Statement resolved = draft().raiseDispute("volume", "missing order", BY_EMPLOYEE)
                .resolveDispute(1, DisputeOutcome.REJECTED, "The order was delivered in July, next quarter", BY_ADMIN);
        Dispute dispute = resolved.disputes().get(0);
        assertThat(dispute.isOpen()).isFalse();
        assertThat(dispute.resolution().orElseThrow().outcome()).isEqualTo(DisputeOutcome.REJECTED);
        assertThat(resolved.approve(BY_ADMIN).status()).isEqualTo(StatementStatus.APPROVED);
    }

    @Test
    void anUpheldDisputeOnAnApprovedStatementIsSettledByAnAdjustment() {
        Statement settled = approved().raiseDispute("volume", "missing order", BY_EMPLOYEE)
                .upholdAndSettle(1, "Order of 2026-06-28 was booked late", eur("250"), BY_ADMIN);
        assertThat(settled.total()).isEqualTo(eur("10802"));
        assertThat(settled.disputes().get(0).resolution().orElseThrow().outcome()).isEqualTo(DisputeOutcome.UPHELD);
        assertThat(settled.adjustments()).singleElement().satisfies(adjustment -> {
            assertThat(adjustment.amount()).isEqualTo(eur("250"));
            assertThat(adjustment.reason()).isEqualTo("Settles upheld dispute 1 on line 'volume'");
        });
    }

    @Test
    void anUpheldDisputeOnAnApprovedStatementIsNotClosedWithoutTheAmount() {
        Statement disputed = approved().raiseDispute("volume", "missing order", BY_EMPLOYEE);
        refusedBy(Statement.SETTLEMENT_RULE,
                () -> disputed.resolveDispute(1, DisputeOutcome.UPHELD, "Booked late", BY_ADMIN));
        assertThat(disputed.resolveDispute(1, DisputeOutcome.REJECTED, "Delivered next quarter", BY_ADMIN)
                .adjustments()).isEmpty();
    }

    @Test
    void anUpheldDisputeOnADraftIsClosedWithoutAnAdjustment() {
        Statement disputed = draft().raiseDispute("volume", "missing order", BY_EMPLOYEE);
        Statement upheld = disputed.resolveDispute(1, DisputeOutcome.UPHELD, "The order will be booked", BY_ADMIN);
        assertThat(upheld.disputes().get(0).isOpen()).isFalse();
        assertThat(upheld.total()).isEqualTo(disputed.total());
        refusedBy(Statement.STATUS_RULE, () -> disputed.upholdAndSettle(1, "Booked late", eur("250"), BY_ADMIN));
    }

    @Test
    void theEmployeeDoesNotResolveTheirOwnDispute() {
        Statement disputed = draft().raiseDispute("volume", "missing order", BY_EMPLOYEE);
        refusedBy(Statement.NOT_OWN_DECISION_RULE,
                () -> disputed.resolveDispute(1, DisputeOutcome.UPHELD, "I agree with me", BY_EMPLOYEE));
    }

    @Test
    void aDisputeIsResolvedOnce() {
        Statement resolved = draft().raiseDispute("volume", "missing order", BY_EMPLOYEE)
                .resolveDispute(1, DisputeOutcome.REJECTED, "Delivered next quarter", BY_ADMIN);
        refusedBy(Statement.DISPUTE_RULE,
                () -> resolved.resolveDispute(1, DisputeOutcome.UPHELD, "Changed my mind", BY_ADMIN));
        refusedBy(Statement.DISPUTE_RULE,
                () -> resolved.resolveDispute(2, DisputeOutcome.UPHELD, "No such dispute", BY_ADMIN));
    }
}
