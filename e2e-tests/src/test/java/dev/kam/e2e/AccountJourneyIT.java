package dev.kam.e2e;

import static dev.kam.e2e.JourneySteps.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kam.events.EventSchemaValidator;
import dev.kam.events.Topics;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * A key account manager's journey, end to end through the gateway with real tokens: register a
 * client, build the team, log contacts, record purchases for two comparable periods with a decline,
 * let contact go overdue, and watch the relationship cool, with its causes, in the API, on Kafka and
 * in the director's portfolio report. Someone outside the team is refused throughout.
 */
class AccountJourneyIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String COOLING_TYPE = "dev.kam.account-health.cooling-detected.v1";

    @Test
    void aCoolingRelationshipIsDetectedExplainedPublishedAndReported() throws Exception {
        String accountId = JourneySteps.registerKeyAccount("Journey Maschinenbau AG", "South");
        addToTeam(accountId, DemoUser.TOM, "TEAM_MEMBER", "Logistics and delivery schedules");
        servesAccordingToWhoAmI(accountId);

        // A healthy start: nothing is known against the relationship yet.
        JsonNode baseline = assess(accountId);
        assertThat(baseline.path("band").asText()).isEqualTo("HEALTHY");
        int scoreBefore = baseline.path("score").asInt();

        // The last contact was 45 days ago against a 30-day cadence, and it went badly.
        logInteraction(accountId, DemoUser.TOM, Instant.now().minus(45, ChronoUnit.DAYS), "NEGATIVE");
        given(as(DemoUser.KATE)).get("/api/accounts/" + accountId + "/contact-status")
                .then().statusCode(200).body("overdue", equalTo(true));

        // Purchases fell by 30% against the same quarter a year earlier.
        JourneySteps.recordPurchase(accountId, "2025-Q3", "100000.00");
        JourneySteps.recordPurchase(accountId, "2026-Q3", "70000.00");
        given(as(DemoUser.KATE)).get("/api/accounts/" + accountId + "/purchase-volumes/2026-Q3/comparison")
                .then().statusCode(200).body("declined", equalTo(true));

        JsonNode after = assess(accountId);
        assertThat(after.path("score").asInt()).isLessThan(scoreBefore);
        List<String> causes = codes(after.path("causes"));
        assertThat(causes).contains("PURCHASE_DECLINE", "OVERDUE_CONTACT");

        // Recording each purchase reassessed the account too, so the cooling may have been seen in
        // steps; the event that matters is the one that reached today's score.
        int scoreNow = after.path("score").asInt();
        ConsumerRecord<String, String> cooling;
        try (EventReader reader = new EventReader(Topics.ACCOUNT_HEALTH)) {
            cooling = reader.first(EventReader.ofType(accountId, COOLING_TYPE)
                    .and(record -> scoreOf(record) == scoreNow), Duration.ofSeconds(60));
        }
        assertThat(EventSchemaValidator.violations(COOLING_TYPE, cooling.value())).isEmpty();
        JsonNode event = JSON.readTree(cooling.value());
        assertThat(event.path("score").asInt()).isEqualTo(scoreNow);
        assertThat(codes(event.path("causes"))).contains("PURCHASE_DECLINE", "OVERDUE_CONTACT");
        assertThat(EventReader.header(cooling, "ce_source")).isEqualTo("/kam/account-service");

        // Sam works on other accounts: this one does not exist for him; eve's neither.
        for (DemoUser outsider : List.of(DemoUser.SAM, DemoUser.EVE)) {
            given(as(outsider)).get("/api/accounts/" + accountId)
                    .then().statusCode(404).contentType("application/problem+json");
        }
        given(as(DemoUser.SAM)).contentType(ContentType.JSON)
                .body(interaction(Instant.now().minus(1, ChronoUnit.DAYS), "POSITIVE"))
                .post("/api/accounts/" + accountId + "/interactions")
                .then().statusCode(404);

        // The director sees the cooling account, with its causes, in the portfolio report.
        given(as(DemoUser.DIANA)).get("/api/accounts/portfolio/cooling")
                .then()
                .statusCode(200)
                .body("items.accountId", hasItem(accountId))
                .body("mostFrequentCoolingCauses.code", hasItems("PURCHASE_DECLINE", "OVERDUE_CONTACT"));
        // ...which a team member's KAM role does not open to everyone.
        given(as(DemoUser.EVE)).get("/api/accounts/portfolio/cooling").then().statusCode(403);
    }

    @Test
    void aTeamMemberLogsContactsButCannotChangeTheDossier() {
        String accountId = JourneySteps.registerKeyAccount("Journey Maschinenbau AG", "South");
        addToTeam(accountId, DemoUser.TOM, "TEAM_MEMBER", "Quality claims");

        logInteraction(accountId, DemoUser.TOM, Instant.now().minus(2, ChronoUnit.DAYS), "POSITIVE");
        String etag = given(as(DemoUser.TOM)).get("/api/accounts/" + accountId)
                .then().statusCode(200).extract().header("ETag");

        given(as(DemoUser.TOM)).contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("name", "Renamed by a member", "legalId", "X", "contactCadenceDays", 30))
                .put("/api/accounts/" + accountId)
                .then().statusCode(403).contentType("application/problem+json");
        given(as(DemoUser.KATE)).get("/api/accounts/" + accountId + "/interactions")
                .then().statusCode(200).body("items.size()", greaterThan(0));
    }

    // ---------------------------------------------------------------- steps

    /** GET /api/me lists the account for its owner and its member, each with their part, and not for eve. */
    private static void servesAccordingToWhoAmI(String accountId) {
        String account = "accounts.find { it.id == '" + accountId + "' }";
        given(as(DemoUser.KATE)).get("/api/me")
                .then().statusCode(200)
                .body("userId", equalTo(DemoUser.KATE.id()))
                .body("roles", hasItem("key-account-manager"))
                .body(account + ".owner", equalTo(true))
                .body(account + ".teamRole", equalTo("KAM"));
        given(as(DemoUser.TOM)).get("/api/me")
                .then().statusCode(200)
                .body(account + ".owner", equalTo(false))
                .body(account + ".teamRole", equalTo("TEAM_MEMBER"))
                .body(account + ".zone", equalTo("Logistics and delivery schedules"));
        given(as(DemoUser.EVE)).get("/api/me")
                .then().statusCode(200)
                .body("accounts.id", not(hasItem(accountId)));
    }

    private static void addToTeam(String accountId, DemoUser user, String role, String zone) {
        given(as(DemoUser.KATE)).contentType(ContentType.JSON)
                .body(Map.of("userId", user.id(), "teamRole", role, "zone", zone))
                .post("/api/accounts/" + accountId + "/team/members")
                .then().statusCode(201);
    }

    private static void logInteraction(String accountId, DemoUser who, Instant when, String outcome) {
        given(as(who)).contentType(ContentType.JSON).body(interaction(when, outcome))
                .post("/api/accounts/" + accountId + "/interactions")
                .then().statusCode(201);
    }

    private static Map<String, Object> interaction(Instant when, String outcome) {
        return Map.of("kind", "MEETING", "occurredAt", when.toString(),
                "summary", "Quarterly review of deliveries", "outcome", outcome);
    }

    private static JsonNode assess(String accountId) throws Exception {
        String body = given(as(DemoUser.KATE))
                .post("/api/accounts/" + accountId + "/health/assessments")
                .then().statusCode(org.hamcrest.Matchers.anyOf(equalTo(200), equalTo(201)))
                .extract().asString();
        return JSON.readTree(body);
    }

    private static int scoreOf(ConsumerRecord<String, String> record) {
        try {
            return JSON.readTree(record.value()).path("score").asInt(-1);
        } catch (java.io.IOException e) {
            return -1;
        }
    }

    private static List<String> codes(JsonNode causes) {
        List<String> codes = new ArrayList<>();
        causes.forEach(cause -> codes.add(cause.path("code").asText()));
        return codes;
    }
}
