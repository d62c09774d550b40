package dev.kam.incentive.rest.statement;

import static dev.kam.plumbing.testing.DemoUsers.CARL;
import static dev.kam.plumbing.testing.DemoUsers.KATE;
import static dev.kam.plumbing.testing.DemoUsers.TOM;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import dev.kam.incentive.consumer.ApplyingPurchaseEvents;
import dev.kam.incentive.domain.pay.PlanFixtures;
import dev.kam.incentive.domain.statement.Statement;
import dev.kam.incentive.fixtures.Statements;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Statements over HTTP: read with the trace of every line, approved and marked paid by a
 * compensation-admin, corrected after approval only by reasoned adjustments, disputed by their
 * employee and resolved by an admin; every write against the ETag read, every change audited, and
 * the acts published on kam.incentives.v1 without an amount.
 */
@QuarkusTest
class StatementResourceTest {

    private static final String STATEMENTS = "/api/incentives/statements/";

    @Inject
    Statements statements;

    @Inject
    ApplyingPurchaseEvents purchases;

    /** Kate's statement with 100 000 EUR bought on her account: volume at target, growth not measurable. */
    private UUID katesStatementAtTarget(String quarter) {
        UUID account = UUID.randomUUID();
        statements.team(account, KATE, TOM);
        UUID id = statements.planInForce(KATE, quarter, PlanFixtures.standardTerms());
        statements.recorded(Statements.purchase(account, quarter, "100000.00"));
        return id;
    }

    private UUID approvedByCarl(UUID id) {
        statements.actAs(CARL, id, Statement::approve);
        return id;
    }

    private static String etag(UUID id) {
        return given().when().get(STATEMENTS + id).then().statusCode(200).extract().header("ETag");
    }

    @Test
    @TestSecurity(user = CARL, roles = {"compensation-admin", "employee"})
    void aStatementShowsEachLineWithItsInputsCurveSegmentPayoutAndRounding() {
        String quarter = Statements.freshQuarter();
        UUID id = katesStatementAtTarget(quarter);

        given().when().get(STATEMENTS + id)
                .then().statusCode(200)
                .header("ETag", equalTo("\"" + statements.version(id) + "\""))
                .body("employeeId", equalTo(KATE))
                .body("status", equalTo("DRAFT"))
                .body("planVersion", equalTo(1))
                .body("base.amount", equalTo("7000.00"))
                .body("lines.code", equalTo(List.of("volume", "growth")))
                .body("lines[0].actual", equalTo("100000.00"))
                .body("lines[0].derivation", containsString(" accounts in " + quarter + ": 100000.00 EUR"))
                .body("lines[0].curveSegment", containsString("target 100000 (100%)"))
                .body("lines[0].payoutFactor", equalTo("100.00%"))
                .body("lines[0].payout.amount", equalTo("1800.00"))
                .body("lines[0].rounding", equalTo("rounded half up to cents"))
                .body("lines[0].trace", containsString("3000.00 EUR x 60.0% x 100.00% = 1800.00 EUR"))
                .body("lines[1].actual", nullValue())
                .body("lines[1].curveSegment", equalTo("not measurable: nothing is paid"))
                .body("lines[1].payout.amount", equalTo("0.00"))
                .body("variable.amount", equalTo("1800.00"))
                .body("computedTotal.amount", equalTo("8800.00"))
                .body("total.amount", equalTo("8800.00"))
                .body("adjustments", hasSize(0))
                .body("disputes", hasSize(0));
    }

    @Test
    @TestSecurity(user = CARL, roles = {"compensation-admin", "employee"})
    void anAdminApprovesADraftAndTheApprovalIsPublishedWithoutAnAmount() {
        UUID id = katesStatementAtTarget(Statements.freshQuarter());
        String etag = etag(id);

        given().header("If-Match", etag).when().post(STATEMENTS + id + "/approval")
                .then().statusCode(200)
                .header("ETag", equalTo("\"" + statements.version(id) + "\""))
                .body("status", equalTo("APPROVED"))
                .body("approvedBy", equalTo(CARL))
                .body("total.amount", equalTo("8800.00"));

        List<Statements.OutboxRow> events = statements.events(id);
        assertThat(events).singleElement().satisfies(event -> {
            assertThat(event.type()).isEqualTo("dev.kam.incentive.statement-approved.v1");
            assertThat(event.key()).isEqualTo(KATE);
            assertThat(event.payload()).contains("\"approvedBy\":\"" + CARL + "\"", "\"planVersion\":1")
                    .doesNotContain("8800", "7000", "1800", "amount");
        });
    }

    @Test
    @TestSecurity(user = CARL, roles = {"compensation-admin", "employee"})
    void anApprovalFirstTakesInAPurchaseStillWaitingAndTheReadVersionNoLongerMatches() {
        String quarter = Statements.freshQuarter();
        UUID account = UUID.randomUUID();
        statements.team(account, KATE, TOM);
        UUID id = statements.planInForce(KATE, quarter, PlanFixtures.standardTerms());
        statements.recorded(Statements.purchase(account, quarter, "50000.00"));
        String readBeforeThePurchaseReachedIt = etag(id);
        purchases.apply(Statements.purchase(account, quarter, "100000.00"));

        given().header("If-Match", readBeforeThePurchaseReachedIt).when().post(STATEMENTS + id + "/approval")
                .then().statusCode(412).contentType("application/problem+json");

        String current = etag(id);
        assertThat(current).isNotEqualTo(readBeforeThePurchaseReachedIt);
        given().header("If-Match", current).when().post(STATEMENTS + id + "/approval")
                .then().statusCode(200)
                .body("status", equalTo("APPROVED"))
                .body("total.amount", equalTo("8800.00"));
    }

    @Test
    @TestSecurity(user = CARL, roles = {"compensation-admin", "employee"})
    void aMissingOrStaleIfMatchChangesNothing() {
        UUID id = katesStatementAtTarget(Statements.freshQuarter());
        String stale = "\"" + (statements.version(id) - 1) + "\"";

        given().when().post(STATEMENTS + id + "/approval")
                .then().statusCode(428).contentType("application/problem+json");
        given().header("If-Match", stale).when().post(STATEMENTS + id + "/approval")
                .then().statusCode(412).contentType("application/problem+json");
        given().contentType(ContentType.JSON).header("If-Match", stale).body(ADJUSTMENT)
                .when().post(STATEMENTS + id + "/adjustments")
                .then().statusCode(412);

        given().when().get(STATEMENTS + id).then().statusCode(200).body("status", equalTo("DRAFT"));
        assertThat(statements.events(id)).isEmpty();
    }

    @Test
    @TestSecurity(user = CARL, roles = {"compensation-admin", "employee"})
    void nobodyApprovesTheirOwnStatement() {
        UUID carls = statements.planInForce(CARL, Statements.freshQuarter(), PlanFixtures.standardTerms());

        given().header("If-Match", etag(carls)).when().post(STATEMENTS + carls + "/approval")
                .then().statusCode(422)
                .body("type", equalTo("https://kam.dev/problems/rules/statement-not-own-decision"));
    }

    @Test
    @TestSecurity(user = CARL, roles = {"compensation-admin", "employee"})
    void onlyAnApprovedStatementIsMarkedPaidAndThatIsPublished() {
        UUID id = katesStatementAtTarget(Statements.freshQuarter());

        given().header("If-Match", etag(id)).when().post(STATEMENTS + id + "/payment")
                .then().statusCode(422)
                .body("type", equalTo("https://kam.dev/problems/rules/statement-status"));
        approvedByCarl(id);
        given().header("If-Match", etag(id)).when().post(STATEMENTS + id + "/payment")
                .then().statusCode(200)
                .body("status", equalTo("PAID"))
                .body("paidBy", equalTo(CARL));

        assertThat(statements.events(id)).extracting(Statements.OutboxRow::type)
                .containsExactly("dev.kam.incentive.statement-paid.v1");
    }

    private static final String ADJUSTMENT = """
            {"amount": {"amount": "250.00", "currency": "EUR"}, "reason": "Order of 28 September booked late"}""";

    @Test
    @TestSecurity(user = CARL, roles = {"compensation-admin", "employee"})
    void aDraftIsNotAdjustedItFollowsTheFacts() {
        UUID id = katesStatementAtTarget(Statements.freshQuarter());

        given().contentType(ContentType.JSON).header("If-Match", etag(id)).body(ADJUSTMENT)
                .when().post(STATEMENTS + id + "/adjustments")
                .then().statusCode(422)
                .body("type", equalTo("https://kam.dev/problems/rules/statement-status"));
    }

    @Test
    @TestSecurity(user = CARL, roles = {"compensation-admin", "employee"})
    void anAdjustmentAfterApprovalIsASeparateReasonedEntryAndARetryWithItsKeyAddsNothing() {
        UUID id = approvedByCarl(katesStatementAtTarget(Statements.freshQuarter()));
        String etag = etag(id);

        given().contentType(ContentType.JSON).header("If-Match", etag).header("Idempotency-Key", "adj-" + id)
                .body(ADJUSTMENT)
                .when().post(STATEMENTS + id + "/adjustments")
                .then().statusCode(200)
                .body("computedTotal.amount", equalTo("8800.00"))
                .body("lines[0].payout.amount", equalTo("1800.00"))
                .body("adjustments[0].number", equalTo(1))
                .body("adjustments[0].amount.amount", equalTo("250.00"))
                .body("adjustments[0].reason", equalTo("Order of 28 September booked late"))
                .body("adjustments[0].madeBy", equalTo(CARL))
                .body("total.amount", equalTo("9050.00"));
        // the answer was lost; the client retries with the same key and the ETag it had
        given().contentType(ContentType.JSON).header("If-Match", etag).header("Idempotency-Key", "adj-" + id)
                .body(ADJUSTMENT)
                .when().post(STATEMENTS + id + "/adjustments")
                .then().statusCode(200)
                .header("Idempotent-Replayed", "true")
                .body("total.amount", equalTo("9050.00"));

        given().when().get(STATEMENTS + id).then().body("adjustments", hasSize(1));
        assertThat(statements.events(id)).extracting(Statements.OutboxRow::type)
                .containsExactly("dev.kam.incentive.statement-adjusted.v1");
        assertThat(statements.events(id).get(0).payload()).contains("\"adjustmentNumber\":1")
                .doesNotContain("250", "booked late");
    }

    @Test
    @TestSecurity(user = CARL, roles = {"compensation-admin", "employee"})
    void anAdjustmentIsRefusedWhenMalformedOrWhenItWouldTakeTheTotalBelowZero() {
        UUID id = approvedByCarl(katesStatementAtTarget(Statements.freshQuarter()));
        String etag = etag(id);

        given().contentType(ContentType.JSON).header("If-Match", etag)
                .body("""
                        {"amount": {"amount": "12.345", "currency": "EUR"}, "reason": " "}""")
                .when().post(STATEMENTS + id + "/adjustments")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("amount.amount"))
                .body("violations.field", hasItem("reason"));
        given().contentType(ContentType.JSON).header("If-Match", etag)
                .body("""
                        {"amount": {"amount": "-8800.01", "currency": "EUR"}, "reason": "Clawback"}""")
                .when().post(STATEMENTS + id + "/adjustments")
                .then().statusCode(422)
                .body("type", equalTo("https://kam.dev/problems/rules/statement-negative-total"));
        given().contentType(ContentType.JSON).header("If-Match", etag)
                .body("""
                        {"amount": {"amount": "100.00", "currency": "USD"}, "reason": "Wrong currency"}""")
                .when().post(STATEMENTS + id + "/adjustments")
                .then().statusCode(400);

        given().when().get(STATEMENTS + id).then()
                .header("ETag", equalTo(etag))
                .body("adjustments", hasSize(0));
    }

    @Test
    @TestSecurity(user = KATE, roles = {"key-account-manager", "employee"})
    void theEmployeeReadsAndDisputesTheirOwnStatementButActsOnNothingElse() {
        UUID id = katesStatementAtTarget(Statements.freshQuarter());

        given().when().get(STATEMENTS + id).then().statusCode(200).body("employeeId", equalTo(KATE));
        given().contentType(ContentType.JSON).header("If-Match", etag(id))
                .body("""
                        {"line": "volume", "reason": "The order of 28 September is missing"}""")
                .when().post(STATEMENTS + id + "/disputes")
                .then().statusCode(200)
                .body("disputes[0].number", equalTo(1))
                .body("disputes[0].line", equalTo("volume"))
                .body("disputes[0].raisedBy", equalTo(KATE))
                .body("disputes[0].open", equalTo(true));

        given().header("If-Match", etag(id)).when().post(STATEMENTS + id + "/approval").then().statusCode(403);
        given().header("If-Match", etag(id)).when().post(STATEMENTS + id + "/payment").then().statusCode(403);
        given().contentType(ContentType.JSON).header("If-Match", etag(id)).body(ADJUSTMENT)
                .when().post(STATEMENTS + id + "/adjustments").then().statusCode(403);
        given().contentType(ContentType.JSON).header("If-Match", etag(id))
                .body("""
                        {"outcome": "UPHELD", "explanation": "I agree with me"}""")
                .when().post(STATEMENTS + id + "/disputes/1/resolution").then().statusCode(403);
        given().when().get(STATEMENTS + id + "/audit").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = TOM, roles = {"account-team-member", "employee"})
    void aColleaguesStatementIsForbiddenNotHidden() {
        UUID katesId = katesStatementAtTarget(Statements.freshQuarter());

        given().when().get(STATEMENTS + katesId)
                .then().statusCode(403).contentType("application/problem+json");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("""
                        {"line": "volume", "reason": "Not mine to dispute"}""")
                .when().post(STATEMENTS + katesId + "/disputes")
                .then().statusCode(403);
        given().queryParam("employeeId", KATE).when().get(STATEMENTS)
                .then().statusCode(403);
        given().when().get(STATEMENTS + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = KATE, roles = {"key-account-manager", "employee"})
    void aDisputeNamesALineTheStatementHas() {
        UUID id = katesStatementAtTarget(Statements.freshQuarter());

        given().contentType(ContentType.JSON).header("If-Match", etag(id))
                .body("""
                        {"line": "bonus", "reason": "Where is it?"}""")
                .when().post(STATEMENTS + id + "/disputes")
                .then().statusCode(422)
                .body("type", equalTo("https://kam.dev/problems/rules/statement-unknown-line"));
        given().contentType(ContentType.JSON).header("If-Match", etag(id))
                .body("""
                        {"line": "", "reason": ""}""")
                .when().post(STATEMENTS + id + "/disputes")
                .then().statusCode(400)
                .body("violations.field", hasItem("line"))
                .body("violations.field", hasItem("reason"));
    }

    @Test
    @TestSecurity(user = CARL, roles = {"compensation-admin", "employee"})
    void anOpenDisputeBlocksApprovalUntilAnAdminRejectsIt() {
        UUID id = katesStatementAtTarget(Statements.freshQuarter());
        statements.actAs(KATE, id, (s, act) -> s.raiseDispute("volume", "An order is missing", act));

        given().header("If-Match", etag(id)).when().post(STATEMENTS + id + "/approval")
                .then().statusCode(422)
                .body("type", equalTo("https://kam.dev/problems/rules/statement-open-dispute"));
        given().contentType(ContentType.JSON).header("If-Match", etag(id))
                .body("""
                        {"outcome": "REJECTED", "explanation": "Delivered in October: next quarter's volume"}""")
                .when().post(STATEMENTS + id + "/disputes/1/resolution")
                .then().statusCode(200)
                .body("disputes[0].open", equalTo(false))
                .body("disputes[0].outcome", equalTo("REJECTED"))
                .body("disputes[0].resolvedBy", equalTo(CARL));
        given().header("If-Match", etag(id)).when().post(STATEMENTS + id + "/approval")
                .then().statusCode(200).body("status", equalTo("APPROVED"));
    }

    @Test
    @TestSecurity(user = CARL, roles = {"compensation-admin", "employee"})
    void anUpheldDisputeOnAnApprovedStatementIsSettledByItsAdjustment() {
        UUID id = approvedByCarl(katesStatementAtTarget(Statements.freshQuarter()));
        statements.actAs(KATE, id, (s, act) -> s.raiseDispute("volume", "An order is missing", act));
        String resolution = "/disputes/1/resolution";

        given().contentType(ContentType.JSON).header("If-Match", etag(id))
                .body("""
                        {"outcome": "UPHELD", "explanation": "Booked late"}""")
                .when().post(STATEMENTS + id + resolution)
                .then().statusCode(422)
                .body("type", equalTo("https://kam.dev/problems/rules/statement-dispute-settlement"));
        given().contentType(ContentType.JSON).header("If-Match", etag(id))
                .body("""
                        {"outcome": "REJECTED", "explanation": "No", "adjustment": {"amount": "5.00", "currency": "EUR"}}""")
                .when().post(STATEMENTS + id + resolution)
                .then().statusCode(400)
                .body("violations.field", hasItem("adjustment"));
        given().contentType(ContentType.JSON).header("If-Match", etag(id))
                .body("""
                        {"outcome": "UPHELD", "explanation": "Booked late",
                         "adjustment": {"amount": "250.00", "currency": "EUR"}}""")
                .when().post(STATEMENTS + id + resolution)
                .then().statusCode(200)
                .body("disputes[0].outcome", equalTo("UPHELD"))
                .body("adjustments[0].reason", equalTo("Settles upheld dispute 1 on line 'volume'"))
                .body("total.amount", equalTo("9050.00"));

        assertThat(statements.events(id)).extracting(Statements.OutboxRow::type)
                .containsExactly("dev.kam.incentive.statement-adjusted.v1");
    }

    @Test
    @TestSecurity(user = CARL, roles = {"compensation-admin", "employee"})
    void everyChangeIsAuditedWithWhoAndTheStatementBeforeAndAfter() {
        UUID id = katesStatementAtTarget(Statements.freshQuarter());
        given().header("If-Match", etag(id)).when().post(STATEMENTS + id + "/approval").then().statusCode(200);
        given().contentType(ContentType.JSON).header("If-Match", etag(id)).body(ADJUSTMENT)
                .when().post(STATEMENTS + id + "/adjustments").then().statusCode(200);

        given().when().get(STATEMENTS + id + "/audit")
                .then().statusCode(200)
                .body("action", equalTo(List.of("STATEMENT_OPENED", "DRAFT_RECOMPUTED", "APPROVED", "ADJUSTED")))
                .body("actor", equalTo(List.of(CARL, "incentive-service", CARL, CARL)))
                .body("[0].before", nullValue())
                .body("[0].after.total.amount", equalTo("7000.00"))
                .body("[1].before.total.amount", equalTo("7000.00"))
                .body("[1].after.total.amount", equalTo("8800.00"))
                .body("[2].before.status", equalTo("DRAFT"))
                .body("[2].after.status", equalTo("APPROVED"))
                .body("[3].after.adjustments[0].amount.amount", equalTo("250.00"));
    }

    @Test
    @TestSecurity(user = CARL, roles = {"compensation-admin", "employee"})
    void anAdminListsStatementsByPeriodStatusAndEmployeeAPageAtATime() {
        String quarter = Statements.freshQuarter();
        UUID kates = katesStatementAtTarget(quarter);
        UUID toms = statements.planInForce(TOM, quarter, PlanFixtures.standardTerms());
        approvedByCarl(toms);

        String next = given().queryParam("period", quarter).queryParam("limit", 1).when().get(STATEMENTS)
                .then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].id", equalTo(kates.toString()))
                .body("items[0].total.amount", equalTo("8800.00"))
                .extract().path("nextCursor");
        given().queryParam("period", quarter).queryParam("limit", 1).queryParam("cursor", next).when().get(STATEMENTS)
                .then().statusCode(200)
                .body("items.id", equalTo(List.of(toms.toString())))
                .body("nextCursor", nullValue());
        given().queryParam("period", quarter).queryParam("status", "APPROVED").when().get(STATEMENTS)
                .then().statusCode(200)
                .body("items.id", equalTo(List.of(toms.toString())));
        given().queryParam("period", quarter).queryParam("employeeId", KATE).when().get(STATEMENTS)
                .then().statusCode(200)
                .body("items.id", equalTo(List.of(kates.toString())));
    }

    @Test
    @TestSecurity(user = CARL, roles = {"compensation-admin", "employee"})
    void malformedListParametersAreBadRequestsNamingTheParameter() {
        given().queryParam("period", "2026-Q5").when().get(STATEMENTS)
                .then().statusCode(400).body("violations.field", hasItem("period"));
        given().queryParam("status", "SETTLED").when().get(STATEMENTS)
                .then().statusCode(400).body("violations.field", hasItem("status"));
        given().queryParam("limit", 0).when().get(STATEMENTS).then().statusCode(400);
        given().queryParam("cursor", "not-ours").when().get(STATEMENTS).then().statusCode(400);
    }

    @Test
    @TestSecurity(user = KATE, roles = {"key-account-manager", "employee"})
    void anEmployeeListsOnlyTheirOwnStatements() {
        String quarter = Statements.freshQuarter();
        UUID kates = katesStatementAtTarget(quarter);
        statements.planInForce(TOM, quarter, PlanFixtures.standardTerms());

        given().queryParam("period", quarter).when().get(STATEMENTS)
                .then().statusCode(200)
                .body("items.id", equalTo(List.of(kates.toString())));
    }

    private static String terms(String total, String base) {
        return """
                {"totalPossibleReward": {"amount": "%s", "currency": "EUR"}, "base": {"amount": "%s", "currency": "EUR"},
                 "kpis": [{"code": "volume", "name": "Purchase volume of my accounts", "measure": "PURCHASE_VOLUME",
                   "weight": "60", "threshold": "80000", "target": "100000", "cap": "130000",
                   "payoutAtThreshold": "50", "payoutAtCap": "200"},
                  {"code": "growth", "name": "Growth against the same quarter last year", "measure": "VOLUME_GROWTH",
                   "weight": "40", "threshold": "0", "target": "5", "cap": "10",
                   "payoutAtThreshold": "0", "payoutAtCap": "250"}]}""".formatted(total, base);
    }

    private static void newVersionInForce(String planId, String total, String base) {
        String plan = "/api/incentives/plans/" + planId;
        String etag = given().when().get(plan).then().statusCode(200).extract().header("ETag");
        String issued = given().contentType(ContentType.JSON).header("If-Match", etag).body(terms(total, base))
                .when().post(plan + "/versions").then().statusCode(200).extract().header("ETag");
        given().header("If-Match", issued).when().post(plan + "/in-force").then().statusCode(200);
    }

    @Test
    @TestSecurity(user = CARL, roles = {"compensation-admin", "employee"})
    void aNewPlanVersionPutInForceRecomputesTheDraftButNeverAnApprovedStatement() {
        UUID id = katesStatementAtTarget(Statements.freshQuarter());
        String planId = given().when().get(STATEMENTS + id).then().extract().path("planId");

        newVersionInForce(planId, "12000.00", "8400.00");
        given().when().get(STATEMENTS + id)
                .then().statusCode(200)
                .body("planVersion", equalTo(2))
                .body("base.amount", equalTo("8400.00"))
                .body("lines[0].payout.amount", equalTo("2160.00"))
                .body("total.amount", equalTo("10560.00"));

        given().header("If-Match", etag(id)).when().post(STATEMENTS + id + "/approval").then().statusCode(200);
        newVersionInForce(planId, "14000.00", "9800.00");
        given().when().get(STATEMENTS + id)
                .then().statusCode(200)
                .body("status", equalTo("APPROVED"))
                .body("planVersion", equalTo(2))
                .body("total.amount", equalTo("10560.00"));
    }

    @Test
    void anAnonymousCallerIsRefused() {
        given().when().get(STATEMENTS).then().statusCode(401);
    }
}
