package dev.kam.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static dev.kam.e2e.JourneySteps.as;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;

import dev.kam.events.EventSchemaValidator;
import dev.kam.events.Topics;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * Pay follows the client's purchases, end to end through the gateway with real tokens: a
 * compensation admin registers kate as an employee and puts her quarterly plan in force; kate records
 * her new account's purchases in account-service; they reach incentive-service through Kafka and her
 * draft statement shows the volume KPI paid at target; the admin approves it, which is published on
 * kam.incentives.v1 without any amount; tom, her colleague, cannot read her pay.
 */
class IncentiveJourneyIT {

    private static final Duration EVENTUALLY = Duration.ofSeconds(60);
    private static final String APPROVED = "dev.kam.incentive.statement-approved.v1";

    @Test
    void purchasesReachTheDraftStatementWhichTheAdminApprovesAndNoColleagueCanRead() {
        // Kate serves other accounts on a long-running stack: a quarter far from today holds only this run's purchases.
        String quarter = ThreadLocalRandom.current().nextInt(4000, 9000) + "-Q3";
        registerKateAsEmployee();
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

    // ---------------------------------------------------------------- steps

    private static void registerKateAsEmployee() {
        // registered by an earlier run of this test on the same stack: 409, which is fine
        given(as(DemoUser.CARL)).contentType(ContentType.JSON)
                .body(Map.of("userId", DemoUser.KATE.id(), "position", "Key account manager",
                        "professionalism", "SENIOR"))
                .post("/api/incentives/employees")
                .then().statusCode(anyOf(equalTo(201), equalTo(409)));
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
