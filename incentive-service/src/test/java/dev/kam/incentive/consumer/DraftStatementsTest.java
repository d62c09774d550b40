package dev.kam.incentive.consumer;

import static dev.kam.plumbing.testing.DemoUsers.CARL;
import static dev.kam.plumbing.testing.DemoUsers.KATE;
import static dev.kam.plumbing.testing.DemoUsers.TOM;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kam.events.Topics;
import dev.kam.events.account.AccountEvents;
import dev.kam.events.purchase.PurchaseEvents;
import dev.kam.incentive.domain.pay.PlanFixtures;
import dev.kam.incentive.domain.statement.Statement;
import dev.kam.incentive.fixtures.IncentiveRows;
import dev.kam.incentive.fixtures.Statements;
import dev.kam.incentive.repository.DraftFollowUpRepository;
import dev.kam.incentive.repository.StatementRepository;
import dev.kam.incentive.service.statement.CatchingUpDrafts;
import dev.kam.incentive.service.statement.FollowingTheFacts;
import dev.kam.kernel.period.Period;
import dev.kam.kernel.period.PeriodType;
import dev.kam.plumbing.inbox.InboundEvent;
import dev.kam.plumbing.replica.ApplyingAccountEvents;
import dev.kam.plumbing.testing.AccountEventPayloads;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.reactive.messaging.spi.Connector;
import org.junit.jupiter.api.Test;

/**
 * Draft statements follow the facts: a purchase of an account the employee serves (once its
 * follow-up is caught up, once per draft however many purchases asked), a team change (in the
 * consumer's transaction); a replayed event or a fact that changes no figure leaves the statement as
 * it was (same ETag, no audit entry); an approved statement never moves, and an approval first takes
 * in a purchase still waiting.
 */
@QuarkusTest
class DraftStatementsTest {

    @Inject
    Statements statements;

    @Inject
    IncentiveRows rows;

    @Inject
    ApplyingPurchaseEvents purchases;

    @Inject
    CatchingUpDrafts drafts;

    @Inject
    DraftFollowUpRepository followUps;

    @Inject
    FollowingTheFacts following;

    @Inject
    ApplyingAccountEvents accountEvents;

    @Inject
    StatementRepository statementRepository;

    @Inject
    @Connector("smallrye-in-memory")
    InMemoryConnector connector;

    private BigDecimal total(UUID statementId) {
        return (BigDecimal) rows.single("select total from statement where id = :id", Map.of("id", statementId));
    }

    @Test
    void aPurchaseOfAnAccountTheEmployeeServesRecomputesTheDraft() {
        Statements.Draft draft = statements.draftOf(KATE);
        UUID id = draft.id();
        assertThat(total(id)).isEqualByComparingTo("7000.00");

        statements.recorded(draft.purchase("100000.00"));

        assertThat(total(id)).isEqualByComparingTo("8800.00");
        assertThat(rows.single("select actual from statement_line where statement_id = :id and kpi_code = 'volume'",
                Map.of("id", id))).isEqualTo(new BigDecimal("100000.00"));
    }

    @Test
    void aReplayedPurchaseEventChangesNothing() {
        Statements.Draft draft = statements.draftOf(KATE);
        UUID id = draft.id();
        InboundEvent purchase = draft.purchase("90000.00");
        statements.recorded(purchase);
        long version = statements.version(id);
        long audited = statements.auditEntries(id);

        statements.recorded(purchase);

        assertThat(statements.version(id)).isEqualTo(version);
        assertThat(statements.auditEntries(id)).isEqualTo(audited);
        assertThat(total(id)).isEqualByComparingTo("8350.00");
    }

    @Test
    void aNewFactThatChangesNoFigureLeavesTheStatementAsItWas() {
        Statements.Draft draft = statements.draftOf(KATE);
        UUID id = draft.id();
        statements.recorded(draft.purchase("90000.00"));
        long version = statements.version(id);
        long audited = statements.auditEntries(id);

        // two years back: neither the period nor the comparable one, so every figure stays the same
        statements.recorded(draft.purchaseIn(Statements.yearBefore(Statements.yearBefore(draft.quarter())), "5000.00"));
        // the same volume for the same quarter, recorded again
        statements.recorded(draft.purchase("90000.00"));

        assertThat(statements.version(id)).isEqualTo(version);
        assertThat(statements.auditEntries(id)).isEqualTo(audited);
    }

    @Test
    void aPurchaseOfTheComparablePeriodMakesGrowthMeasurable() {
        Statements.Draft draft = statements.draftOf(KATE);
        UUID id = draft.id();
        statements.recorded(draft.purchase("105000.00"));

        statements.recorded(draft.purchaseIn(Statements.yearBefore(draft.quarter()), "100000.00"));

        assertThat(rows.single("select actual from statement_line where statement_id = :id and kpi_code = 'growth'",
                Map.of("id", id))).isEqualTo(new BigDecimal("5.0"));
        // volume 105 000: 100 % + 5/30 of the way to 200 % = 116.67 % of 1 800; growth 5 %: 100 % of 1 200
        assertThat(total(id)).isEqualByComparingTo("10300.00");
    }

    @Test
    void monthlyPurchasesInsideThePlansQuarterAddUpInTheDraft() {
        Statements.Draft draft = statements.draftOf(KATE);
        List<Period> months = Period.parse(draft.quarter()).withParts().subList(1, 4);

        for (Period month : months) {
            statements.recorded(draft.purchaseIn(month.format(), "30000.00"));
        }
        // the month after the quarter is outside the plan: it must not count
        statements.recorded(draft.purchaseIn(
                Period.containing(PeriodType.MONTH, months.get(2).endExclusive()).format(), "50000.00"));

        assertThat(rows.single("select actual from statement_line where statement_id = :id and kpi_code = 'volume'",
                Map.of("id", draft.id()))).isEqualTo(new BigDecimal("90000.00"));
    }

    @Test
    void aPurchaseArrivingAfterApprovalDoesNotChangeTheApprovedStatement() {
        Statements.Draft draft = statements.draftOf(KATE);
        UUID id = draft.id();
        statements.recorded(draft.purchase("100000.00"));
        statements.actAs(CARL, id, Statement::approve);
        long version = statements.version(id);

        statements.recorded(draft.purchase("130000.00"));

        assertThat(statements.version(id)).isEqualTo(version);
        assertThat(total(id)).isEqualByComparingTo("8800.00");
        assertThat(rows.count("select count(*) from purchase_fact where account_id = :a", Map.of("a", draft.account())))
                .as("the fact is kept; only the approved figures stay fixed").isEqualTo(2);
    }

    @Test
    void joiningATeamBringsTheAccountsPurchasesIntoTheDraft() {
        String quarter = Statements.freshQuarter();
        UUID account = UUID.randomUUID();
        statements.team(account, TOM);
        statements.recorded(Statements.purchase(account, quarter, "100000.00"));
        UUID id = statements.planInForce(KATE, quarter, PlanFixtures.standardTerms());
        assertThat(total(id)).isEqualByComparingTo("7000.00");

        accountEvents.apply(team(account, Map.of(TOM, "KAM", KATE, "TEAM_MEMBER")));
        drafts.catchUp();

        assertThat(total(id)).isEqualByComparingTo("8800.00");
        assertThat(rows.single("""
                select actor from audit_entry where subject_id = :id and action = 'DRAFT_RECOMPUTED'""",
                Map.of("id", id.toString()))).isEqualTo("incentive-service");
    }

    @Test
    void aPurchaseArrivingOnTheChannelReachesTheDraft() {
        Statements.Draft draft = statements.draftOf(KATE);
        UUID id = draft.id();

        connector.source("purchase-events").send(ConsumedEvents.record(Topics.PURCHASES,
                PurchaseEvents.VOLUME_RECORDED.type(), draft.account().toString(), """
                        {"accountId": "%s", "period": "%s", "periodType": "QUARTER",
                         "volume": {"amount": "100000.00", "currency": "EUR"}, "quantity": null, "recordedAt": "%s"}"""
                        .formatted(draft.account(), draft.quarter(), Instant.now())));

        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> {
            drafts.catchUp();
            return total(id).compareTo(new BigDecimal("8800.00")) == 0;
        });
    }

    @Test
    void aBurstOfPurchasesRecomputesTheDraftOnce() {
        Statements.Draft draft = statements.draftOf(KATE);
        UUID id = draft.id();
        long audited = statements.auditEntries(id);
        List<Period> months = Period.parse(draft.quarter()).withParts().subList(1, 4);

        for (Period month : months) {
            purchases.apply(draft.purchaseIn(month.format(), "30000.00"));
            purchases.apply(draft.purchaseIn(month.format(), "30000.00"));
        }

        assertThat(total(id)).as("the consumer only asks").isEqualByComparingTo("7000.00");
        assertThat(rows.count("select count(*) from draft_follow_up where plan_id = :plan",
                Map.of("plan", draft.planId()))).isEqualTo(1);
        assertThat(drafts.catchUp()).isEqualTo(1);
        assertThat(statements.auditEntries(id)).isEqualTo(audited + 1);
        assertThat(rows.single("select actual from statement_line where statement_id = :id and kpi_code = 'volume'",
                Map.of("id", id))).isEqualTo(new BigDecimal("90000.00"));
        assertThat(rows.count("select count(*) from draft_follow_up where plan_id = :plan",
                Map.of("plan", draft.planId()))).isZero();
    }

    @Test
    void aPurchaseOfAnotherPeriodAsksNoDraftToFollow() {
        Statements.Draft draft = statements.draftOf(KATE);

        purchases.apply(draft.purchaseIn(Statements.yearBefore(Statements.yearBefore(draft.quarter())), "5000.00"));

        assertThat(rows.count("select count(*) from draft_follow_up where plan_id = :plan",
                Map.of("plan", draft.planId()))).isZero();
    }

    @Test
    void aPurchaseAskedForAgainWhileItsDraftIsRecomputedIsNotSettled() {
        Statements.Draft draft = statements.draftOf(KATE);
        purchases.apply(draft.purchase("100000.00"));
        DraftFollowUpRepository.Due first = QuarkusTransaction.requiringNew()
                .call(() -> followUps.dueFor(draft.planId()).orElseThrow());
        purchases.apply(draft.purchase("130000.00"));

        QuarkusTransaction.requiringNew().run(() -> following.followUp(first));

        assertThat(rows.count("select count(*) from draft_follow_up where plan_id = :plan",
                Map.of("plan", draft.planId()))).as("the second request still waits").isEqualTo(1);
        drafts.catchUp();
        assertThat(rows.single("select actual from statement_line where statement_id = :id and kpi_code = 'volume'",
                Map.of("id", draft.id()))).isEqualTo(new BigDecimal("130000.00"));
    }

    @Test
    void theCatchUpWaitsForAnotherTransactionRecomputingTheSameDrafts() throws Exception {
        Statements.Draft draft = statements.draftOf(KATE);
        purchases.apply(draft.purchase("100000.00"));
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        // stands for a team change of another account Kate serves, recomputing her drafts meanwhile
        CompletableFuture<Void> teamChange = CompletableFuture.runAsync(() -> QuarkusTransaction.requiringNew()
                .run(() -> {
                    statementRepository.lockDraftsOf(List.of(TOM, KATE));
                    held.countDown();
                    awaitQuietly(release);
                }));
        assertThat(held.await(10, TimeUnit.SECONDS)).isTrue();

        CompletableFuture<Integer> catchUp = CompletableFuture.supplyAsync(drafts::catchUp);

        Awaitility.await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2)).until(() -> !catchUp.isDone());
        release.countDown();
        teamChange.get(10, TimeUnit.SECONDS);
        assertThat(catchUp.get(10, TimeUnit.SECONDS)).isEqualTo(1);
        assertThat(total(draft.id())).isEqualByComparingTo("8800.00");
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static InboundEvent team(UUID account, Map<String, String> members) {
        return ConsumedEvents.event(Topics.ACCOUNTS, AccountEvents.TEAM_CHANGED.type(), account.toString(),
                AccountEventPayloads.teamChanged(account, "MEMBER_ADDED", Instant.now(), TOM, members));
    }
}
