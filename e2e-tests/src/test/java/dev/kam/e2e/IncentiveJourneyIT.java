package dev.kam.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static dev.kam.e2e.JourneySteps.as;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import dev.kam.events.EventSchemaValidator;
import dev.kam.events.Topics;
import dev.kam.events.incentive.IncentiveEvents;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * Pay follows the client's purchases, end to end through the gateway with real tokens. A statement: a
 * compensation admin registers kate as an employee and puts her quarterly plan in force; kate records
 * her new account's purchases in account-service; they reach incentive-service through Kafka and her
 * draft statement shows the volume KPI paid at target; the admin approves it, which is published on
 * kam.incentives.v1 without any amount; tom, her colleague, cannot read her pay. A retention bonus:
 * two programmes over a closed half-year, one whose account kept buying and pays tom once, one whose
 * account bought a cent less and pays nobody, saying why.
 */
class IncentiveJourneyIT {

    private static final Duration EVENTUALLY = Duration.ofSeconds(60);
    private static final String APPROVED = "dev.kam.incentive.statement-approved.v1";
    private static final String PROGRAMS = "/api/incentives/bonus-programs";

    @Test
    void purchasesReachTheDraftStatementWhichTheAdminApprovesAndNoColleagueCanRead() {
        // Kate serves other accounts on a long-running stack: a quarter far from today holds only this run's purchases.
        String quarter = ThreadLocalRandom.current().nextInt(4000, 9000) + "-Q3";
        registerEmployee(DemoUser.KATE, "Key account manager", "SENIOR");
        String accountId = JourneySteps.registerKeyAccount("Incentive Journey Werkzeugbau GmbH", "West");
        putPlanInForce(quarter);

        String statementId = given(as(DemoUser.CARL)).queryParam("employeeId", DemoUser.KATE.id())
                .queryParam("period", quarter).get("/api/incentives/statements")
                .then().statusCode(200)
                .body("items.size()", equalTo(1))
                .body("items[0].status", equalTo("DRAFT"))
                .body("items[0].total.amount", equalTo("7000.00"))
                .extract().path("items[0].id");

        JourneySteps.recordPurchase(accountId, quarter, "100000.00");
        // account-service publishes the purchase; incentive-service recomputes the draft in its consumer
        await().atMost(EVENTUALLY).pollInterval(Duration.ofMillis(500)).until(() ->
                "8800.00".equals(given(as(DemoUser.KATE)).get("/api/incentives/statements/" + statementId)
                        .then().extract().path("total.amount")));
        given(as(DemoUser.KATE)).get("/api/incentives/statements/" + statementId)
                .then().statusCode(200)
                .body("lines[0].code", equalTo("volume"))
                .body("lines[0].actual", equalTo("100000.00"))
                .body("lines[0].payout.amount", equalTo("1800.00"));

        // Her colleague is refused her pay outright, by id and by list.
        given(as(DemoUser.TOM)).get("/api/incentives/statements/" + statementId).then().statusCode(403);
        given(as(DemoUser.TOM)).queryParam("employeeId", DemoUser.KATE.id()).get("/api/incentives/statements")
                .then().statusCode(403);
        // Kate may not approve her own statement, nor anyone's.
        String etag = given(as(DemoUser.KATE)).get("/api/incentives/statements/" + statementId)
                .then().extract().header("ETag");
        given(as(DemoUser.KATE)).header("If-Match", etag).post("/api/incentives/statements/" + statementId + "/approval")
                .then().statusCode(403);

        given(as(DemoUser.CARL)).header("If-Match", etag)
                .post("/api/incentives/statements/" + statementId + "/approval")
                .then().statusCode(200)
                .body("status", equalTo("APPROVED"))
                .body("approvedBy", equalTo(DemoUser.CARL.id()))
                .body("total.amount", equalTo("8800.00"));

        try (EventReader reader = new EventReader(Topics.INCENTIVES)) {
            ConsumerRecord<String, String> event = reader.first(EventReader.ofType(DemoUser.KATE.id(), APPROVED)
                    .and(record -> statementId.equals(EventReader.header(record, "ce_subject"))), EVENTUALLY);
            assertThat(EventSchemaValidator.violations(APPROVED, event.value())).isEmpty();
            assertThat(event.value()).contains(quarter).doesNotContain("8800", "7000", "1800", "amount");
        }
    }

    @Test
    void aRetentionBonusPaysWhereTheAccountKeptBuyingAndNotWhereItBoughtACentLess() {
        // A closed half-year far in the past, with its comparable one a year before, that no other run uses.
        int year = ThreadLocalRandom.current().nextInt(1951, 1991);
        int half = ThreadLocalRandom.current().nextInt(1, 3);
        String period = year + "-H" + half;
        String comparedWith = (year - 1) + "-H" + half;
        registerEmployee(DemoUser.KATE, "Key account manager", "SENIOR");
        registerEmployee(DemoUser.TOM, "Account team member", "PROFESSIONAL");
        String kept = JourneySteps.registerKeyAccount("Bonus Journey Kept Metallbau GmbH", "North");
        String declining = JourneySteps.registerKeyAccount("Bonus Journey Declining Giesserei AG", "North");
        recordHalfYear(kept, year - 1, half, "25000.00", "25000.00");
        recordHalfYear(kept, year, half, "25000.00", "25000.00");
        recordHalfYear(declining, year - 1, half, "30000.00", "20000.00");
        recordHalfYear(declining, year, half, "30000.00", "19999.99");

        String keptProgram = setUpProgramme("Keep " + kept, period, "GROUP_TOTAL", kept, DemoUser.TOM);
        String decliningProgram = setUpProgramme("Keep " + declining, period, "EACH_ACCOUNT", declining, DemoUser.KATE);
        // the evaluation is once only: wait until the previews show every purchase arrived through Kafka
        awaitPreview(keptProgram, "50000.00", "50000.00");
        awaitPreview(decliningProgram, "49999.99", "50000.00");

        String keptEvaluation = given(as(DemoUser.CARL)).post(PROGRAMS + "/" + keptProgram + "/evaluation")
                .then().statusCode(201)
                .body("period", equalTo(period))
                .body("comparedWith", equalTo(comparedWith))
                .body("pays", equalTo(true))
                .body("accounts[0].verdict", equalTo("MET"))
                .body("awards.employeeId", equalTo(List.of(DemoUser.TOM.id())))
                .extract().asString();
        given(as(DemoUser.CARL)).post(PROGRAMS + "/" + decliningProgram + "/evaluation")
                .then().statusCode(201)
                .body("pays", equalTo(false))
                .body("awards", empty())
                .body("accounts[0].accountId", equalTo(declining))
                .body("accounts[0].verdict", equalTo("FAILED"))
                .body("accounts[0].explanation", containsString("bought 49999.99 EUR, less than 50000.00 EUR"))
                .body("explanation", containsString(declining));

        // asked again: the same evaluation, and no second award
        String again = given(as(DemoUser.CARL)).post(PROGRAMS + "/" + keptProgram + "/evaluation")
                .then().statusCode(200).extract().asString();
        assertThat(again).isEqualTo(keptEvaluation);
        assertThat(awardsOf(DemoUser.TOM, keptProgram)).containsExactly("1500.00");
        assertThat(awardsOf(DemoUser.KATE, decliningProgram)).isEmpty();
        given(as(DemoUser.KATE)).queryParam("employeeId", DemoUser.TOM.id()).get(PROGRAMS + "/awards")
                .then().statusCode(403);

        try (EventReader reader = new EventReader(Topics.INCENTIVES)) {
            String awarded = IncentiveEvents.BONUS_AWARDED.type();
            ConsumerRecord<String, String> event = reader.first(EventReader.ofType(keptProgram, awarded)
                    .and(record -> DemoUser.TOM.id().equals(EventReader.header(record, "ce_subject"))), EVENTUALLY);
            assertThat(EventSchemaValidator.violations(awarded, event.value())).isEmpty();
            assertThat(event.value()).contains(period, comparedWith).doesNotContain("1500.00", "\"amount\"");
        }
    }

    // ---------------------------------------------------------------- steps

    private static void registerEmployee(DemoUser user, String position, String professionalism) {
        // registered by an earlier run on the same stack: 409, which is fine
        given(as(DemoUser.CARL)).contentType(ContentType.JSON)
                .body(Map.of("userId", user.id(), "position", position, "professionalism", professionalism))
                .post("/api/incentives/employees")
                .then().statusCode(anyOf(equalTo(201), equalTo(409)));
    }

    /** The half-year's two quarters, as kate records them in account-service. */
    private static void recordHalfYear(String accountId, int year, int half, String firstQuarter, String secondQuarter) {
        JourneySteps.recordPurchase(accountId, year + "-Q" + (2 * half - 1), firstQuarter);
        JourneySteps.recordPurchase(accountId, year + "-Q" + (2 * half), secondQuarter);
    }

    /**
     * 1 500 EUR for the one eligible employee if the account keeps buying. The account is refused
     * until its creation has reached incentive-service through Kafka, so this waits for that.
     */
    private static String setUpProgramme(String name, String period, String scope, String accountId,
            DemoUser eligible) {
        Map<String, Object> program = Map.of(
                "name", name,
                "period", period,
                "comparisonRule", "SAME_PERIOD_PREVIOUS_YEAR",
                "scope", scope,
                "amountPerEmployee", Map.of("amount", "1500.00", "currency", "EUR"),
                "accounts", List.of(accountId),
                "eligible", List.of(eligible.id()));
        AtomicReference<String> id = new AtomicReference<>();
        await().atMost(EVENTUALLY).pollInterval(Duration.ofMillis(500)).until(() -> {
            Response answer = given(as(DemoUser.CARL)).contentType(ContentType.JSON).body(program).post(PROGRAMS);
            if (answer.statusCode() == 201) {
                id.set(answer.path("id"));
                return true;
            }
            // anything but "not known yet" is a real failure, not something to wait out
            answer.then().statusCode(422).body("type", endsWith("/bonus-account-unknown"));
            return false;
        });
        return id.get();
    }

    /** The amounts awarded to the user by the programme, as the user reads their own awards. */
    private static List<String> awardsOf(DemoUser user, String programId) {
        return given(as(user)).get(PROGRAMS + "/awards")
                .then().statusCode(200)
                .extract().jsonPath().getList("findAll { it.programId == '%s' }.amount.amount".formatted(programId));
    }

    /** Waits until the programme's one account shows both periods' figures in full. */
    private static void awaitPreview(String programId, String current, String previous) {
        await().atMost(EVENTUALLY).pollInterval(Duration.ofMillis(500)).until(() -> {
            var preview = given(as(DemoUser.CARL)).get(PROGRAMS + "/" + programId + "/preview")
                    .then().statusCode(200).body("final", equalTo(false)).extract();
            return current.equals(preview.path("accounts[0].current.amount"))
                    && previous.equals(preview.path("accounts[0].previous.amount"));
        });
    }

    /** 10 000 EUR for the quarter, 7 000 base; volume 60 % at target 100 000, growth 40 %. */
    private static void putPlanInForce(String quarter) {
        Map<String, Object> plan = Map.of(
                "employeeId", DemoUser.KATE.id(),
                "period", quarter,
                "totalPossibleReward", Map.of("amount", "10000.00", "currency", "EUR"),
                "base", Map.of("amount", "7000.00", "currency", "EUR"),
                "kpis", List.of(
                        kpi("volume", "Purchase volume of my accounts", "PURCHASE_VOLUME", "60", "80000", "100000",
                                "130000", "50", "200"),
                        kpi("growth", "Growth against the same quarter last year", "VOLUME_GROWTH", "40", "0", "5",
                                "10", "0", "250")));
        var started = given(as(DemoUser.CARL)).contentType(ContentType.JSON).body(plan)
                .post("/api/incentives/plans")
                .then().statusCode(201).extract();
        given(as(DemoUser.CARL)).header("If-Match", started.header("ETag"))
                .post("/api/incentives/plans/" + started.path("id") + "/in-force")
                .then().statusCode(200).body("inForce", equalTo(1));
    }

    private static Map<String, Object> kpi(String code, String name, String measure, String weight, String threshold,
            String target, String cap, String atThreshold, String atCap) {
        return Map.of("code", code, "name", name, "measure", measure, "weight", weight, "threshold", threshold,
                "target", target, "cap", cap, "payoutAtThreshold", atThreshold, "payoutAtCap", atCap);
    }
}
