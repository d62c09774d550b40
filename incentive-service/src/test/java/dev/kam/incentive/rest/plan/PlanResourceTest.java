package dev.kam.incentive.rest.plan;

import static dev.kam.plumbing.testing.DemoUsers.CARL;
import static dev.kam.plumbing.testing.DemoUsers.KATE;
import static dev.kam.plumbing.testing.DemoUsers.TOM;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import dev.kam.incentive.domain.pay.PlanFixtures;
import dev.kam.incentive.fixtures.IncentiveRows;
import dev.kam.incentive.service.plan.StartingPayPlan;
import dev.kam.kernel.UserId;
import dev.kam.kernel.period.Period;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Pay plans over HTTP: drafted under the base share cap, refused with the numbers when above it,
 * put in force and changed only by new versions, written only by compensation-admin, read by the
 * employee and nobody else, guarded by ETags, and audited.
 */
@QuarkusTest
class PlanResourceTest {

    private static final String KPIS = """
            [{"code": "volume", "name": "Purchase volume of my accounts", "measure": "PURCHASE_VOLUME",
              "weight": "60", "threshold": "800000", "target": "1000000", "cap": "1200000",
              "payoutAtThreshold": "50", "payoutAtCap": "150"},
             {"code": "growth", "name": "Growth against last year", "measure": "VOLUME_GROWTH",
              "weight": "40", "threshold": "0", "target": "5", "cap": "10",
              "payoutAtThreshold": "0", "payoutAtCap": "200"}]""";

    @Inject
    IncentiveRows rows;

    @Inject
    StartingPayPlan starting;

    @BeforeEach
    void employeesAreRegistered() {
        rows.employee(KATE);
        rows.employee(TOM);
    }

    @Test
    @TestSecurity(user = CARL, roles = {"compensation-admin", "employee"})
    void aBaseOfExactlySeventyPercentIsDraftedAsVersionOne() {
        String year = IncentiveRows.freshYear();

        given().contentType(ContentType.JSON).body(plan(KATE, year, "100000.00", "70000.00"))
                .when().post("/api/incentives/plans")
                .then().statusCode(201)
                .header("ETag", "\"0\"")
                .body("employeeId", equalTo(KATE))
                .body("period", equalTo(year))
                .body("draft", equalTo(1))
                .body("inForce", nullValue())
                .body("versions[0].status", equalTo("DRAFT"))
                .body("versions[0].base.amount", equalTo("70000.00"))
                .body("versions[0].variable.amount", equalTo("30000.00"))
                .body("versions[0].baseShare", equalTo("70.00"))
                .body("versions[0].kpis[0].code", equalTo("volume"))
                .body("versions[0].kpis[0].unit", equalTo("amount"))
                .body("versions[0].kpis[1].payoutAtCap", equalTo("200.0"))
                .body("createdBy", equalTo(CARL));
    }

    @Test
    @TestSecurity(user = CARL, roles = {"compensation-admin", "employee"})
    void aBaseOneCentAboveTheCapIsRefusedWithTheNumbersAndNothingIsStored() {
        String year = IncentiveRows.freshYear();

        given().contentType(ContentType.JSON).body(plan(KATE, year, "100000.00", "70000.01"))
                .when().post("/api/incentives/plans")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://kam.dev/problems/rules/base-share-cap"))
                .body("rule", equalTo("base-share-cap"))
                .body("base.amount", equalTo("70000.01"))
                .body("totalPossibleReward.amount", equalTo("100000.00"))
                .body("share", equalTo("70.0001"))
                .body("cap", equalTo("70.0"))
                .body("largestBaseAllowed.amount", equalTo("70000.00"))
                .body("largestBaseAllowed.currency", equalTo("EUR"));

        assertThat(rows.count("select count(*) from pay_plan where employee_id = :e and period = :p",
                Map.of("e", KATE, "p", year))).isZero();
    }

    @Test
    @TestSecurity(user = CARL, roles = {"compensation-admin", "employee"})
    void weightsThatDoNotAddUpToAHundredBreakARule() {
        String body = plan(KATE, IncentiveRows.freshYear(), "100000.00", "60000.00").replace("\"weight\": \"40\"",
                "\"weight\": \"30\"");

        given().contentType(ContentType.JSON).body(body)
                .when().post("/api/incentives/plans")
                .then().statusCode(422)
                .body("type", equalTo("https://kam.dev/problems/rules/kpi-weights-sum"));
    }

    @Test
    @TestSecurity(user = CARL, roles = {"compensation-admin", "employee"})
    void malformedFiguresAreRefusedNamingTheField() {
        String body = plan(KATE, IncentiveRows.freshYear(), "100000.001", "60000.00")
                .replace("\"threshold\": \"800000\"", "\"threshold\": \"lots\"");

        given().contentType(ContentType.JSON).body(body)
                .when().post("/api/incentives/plans")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("totalPossibleReward.amount"))
                .body("violations.field", hasItem("kpis[0].threshold"));
    }

    @Test
    @TestSecurity(user = CARL, roles = {"compensation-admin", "employee"})
    void aCurveWhoseTargetIsNotAboveItsThresholdIsABadRequest() {
        String body = plan(KATE, IncentiveRows.freshYear(), "100000.00", "60000.00")
                .replace("\"target\": \"1000000\"", "\"target\": \"700000\"");

        given().contentType(ContentType.JSON).body(body)
                .when().post("/api/incentives/plans")
                .then().statusCode(400)
                .body("detail", equalTo("kpis[0]: A payout curve needs threshold < target < cap: 800000, 700000, 1200000"));
    }

    @Test
    @TestSecurity(user = CARL, roles = {"compensation-admin", "employee"})
    void anEmployeeNotRegisteredGetsNoPlan() {
        given().contentType(ContentType.JSON)
                .body(plan("00000000-0000-4000-8000-0000000000aa", IncentiveRows.freshYear(), "100000.00", "60000.00"))
                .when().post("/api/incentives/plans")
                .then().statusCode(422)
                .body("type", equalTo("https://kam.dev/problems/rules/employee-not-registered"));
    }

    @Test
    @TestSecurity(user = CARL, roles = {"compensation-admin", "employee"})
    void aSecondPlanForTheSamePeriodIsAConflict() {
        String year = IncentiveRows.freshYear();
        started(KATE, year);

        given().contentType(ContentType.JSON).body(plan(KATE, year, "100000.00", "60000.00"))
                .when().post("/api/incentives/plans")
                .then().statusCode(409);
    }

    @Test
    @TestSecurity(user = CARL, roles = {"compensation-admin", "employee"})
    void aPlanInForceChangesOnlyByANewVersionWhichSupersedesIt() {
        String id = started(KATE, IncentiveRows.freshYear()).path("id");

        given().header("If-Match", "\"0\"").when().post("/api/incentives/plans/" + id + "/in-force")
                .then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("inForce", equalTo(1))
                .body("draft", nullValue());
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(terms("100000.00", "65000.00"))
                .when().put("/api/incentives/plans/" + id + "/draft")
                .then().statusCode(422)
                .body("type", equalTo("https://kam.dev/problems/rules/plan-no-draft"));

        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(terms("110000.00", "77000.00"))
                .when().post("/api/incentives/plans/" + id + "/versions")
                .then().statusCode(200)
                .header("ETag", "\"2\"")
                .body("inForce", equalTo(1))
                .body("draft", equalTo(2))
                .body("versions[1].base.amount", equalTo("77000.00"));
        given().header("If-Match", "\"2\"").when().post("/api/incentives/plans/" + id + "/in-force")
                .then().statusCode(200)
                .body("inForce", equalTo(2))
                .body("versions.status", equalTo(List.of("SUPERSEDED", "IN_FORCE")));
    }

    @Test
    @TestSecurity(user = CARL, roles = {"compensation-admin", "employee"})
    void aDraftIsAmendedButNotAboveTheCap() {
        String id = started(KATE, IncentiveRows.freshYear()).path("id");

        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(terms("100000.00", "70000.50"))
                .when().put("/api/incentives/plans/" + id + "/draft")
                .then().statusCode(422)
                .body("largestBaseAllowed.amount", equalTo("70000.00"));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(terms("120000.00", "84000.00"))
                .when().put("/api/incentives/plans/" + id + "/draft")
                .then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("versions", hasSize(1))
                .body("versions[0].totalPossibleReward.amount", equalTo("120000.00"));
    }

    @Test
    @TestSecurity(user = CARL, roles = {"compensation-admin", "employee"})
    void aStaleOrMissingIfMatchChangesNothing() {
        String id = started(KATE, IncentiveRows.freshYear()).path("id");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(terms("120000.00", "84000.00"))
                .when().put("/api/incentives/plans/" + id + "/draft").then().statusCode(200);

        given().header("If-Match", "\"0\"").when().post("/api/incentives/plans/" + id + "/in-force")
                .then().statusCode(412)
                .contentType("application/problem+json");
        given().when().post("/api/incentives/plans/" + id + "/in-force")
                .then().statusCode(428);

        given().when().get("/api/incentives/plans/" + id)
                .then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("draft", equalTo(1))
                .body("inForce", nullValue());
    }

    @Test
    @TestSecurity(user = CARL, roles = {"compensation-admin", "employee"})
    void everyChangeIsAuditedWithWhoAndTheStatesBeforeAndAfter() {
        String id = started(KATE, IncentiveRows.freshYear()).path("id");
        given().header("If-Match", "\"0\"").when().post("/api/incentives/plans/" + id + "/in-force")
                .then().statusCode(200);

        given().when().get("/api/incentives/plans/" + id + "/audit")
                .then().statusCode(200)
                .body("action", equalTo(List.of("PLAN_STARTED", "PUT_IN_FORCE")))
                .body("actor", equalTo(List.of(CARL, CARL)))
                .body("[0].before", nullValue())
                .body("[0].after.draft", equalTo(1))
                .body("[1].before.draft", equalTo(1))
                .body("[1].after.inForce", equalTo(1));
    }

    @Test
    @TestSecurity(user = KATE, roles = {"key-account-manager", "employee"})
    void anEmployeeCannotWriteAPlanNotEvenTheirOwn() {
        given().contentType(ContentType.JSON).body(plan(KATE, IncentiveRows.freshYear(), "100000.00", "50000.00"))
                .when().post("/api/incentives/plans")
                .then().statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = KATE, roles = {"key-account-manager", "employee"})
    void anEmployeeReadsTheirOwnPlanAndNotAColleagues() {
        // seeded through the use case: the resource would refuse kate, who is no compensation-admin
        UUID katesPlan = starting.start(UserId.of(KATE), Period.parse(IncentiveRows.freshYear()),
                PlanFixtures.standardTerms()).id();
        UUID tomsPlan = starting.start(UserId.of(TOM), Period.parse(IncentiveRows.freshYear()),
                PlanFixtures.standardTerms()).id();

        given().when().get("/api/incentives/plans/" + katesPlan)
                .then().statusCode(200)
                .body("employeeId", equalTo(KATE));
        given().when().get("/api/incentives/plans/" + tomsPlan)
                .then().statusCode(403)
                .contentType("application/problem+json");
        given().when().get("/api/incentives/plans/" + katesPlan + "/audit")
                .then().statusCode(403);
    }

    @Test
    @TestSecurity(user = KATE, roles = {"key-account-manager", "employee"})
    void aColleaguesPlanListIsForbidden() {
        given().queryParam("employeeId", TOM).when().get("/api/incentives/plans")
                .then().statusCode(403);
        given().when().get("/api/incentives/plans")
                .then().statusCode(200);
    }

    @Test
    void anAnonymousCallerIsRefused() {
        given().when().get("/api/incentives/plans").then().statusCode(401);
    }

    private static ExtractableResponse<Response> started(String employee, String period) {
        return given().contentType(ContentType.JSON).body(plan(employee, period, "100000.00", "70000.00"))
                .when().post("/api/incentives/plans")
                .then().statusCode(201).extract();
    }

    static String plan(String employee, String period, String total, String base) {
        return """
                {"employeeId": "%s", "period": "%s",
                 "totalPossibleReward": {"amount": "%s", "currency": "EUR"},
                 "base": {"amount": "%s", "currency": "EUR"}, "kpis": %s}""".formatted(employee, period, total, base, KPIS);
    }

    static String terms(String total, String base) {
        return """
                {"totalPossibleReward": {"amount": "%s", "currency": "EUR"},
                 "base": {"amount": "%s", "currency": "EUR"}, "kpis": %s}""".formatted(total, base, KPIS);
    }
}
