package dev.kam.e2e;

import static dev.kam.e2e.JourneySteps.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kam.events.EventSchemaValidator;
import dev.kam.events.Topics;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * The buying centre end to end, through the gateway with real tokens: kate registers a client in
 * account-service, the team maps five of its people in contact-service - a butler as the primary
 * contact and no leader - and is told so; the coverage event reaches account-service, whose health
 * assessment shows the gap as causes; a leader is then assessed and reached and the causes clear; a
 * call logged in account-service informs the specifier, which contact-service learns from the
 * interaction event, while account-service names her with the call and follows her rename; a brief
 * for the next meeting and one for a tender carry account-service's history; and a person's data is
 * erased.
 */
class ContactJourneyIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String COVERAGE_CHANGED = "dev.kam.stakeholder.coverage-changed.v1";
    private static final Duration EVENTUALLY = Duration.ofSeconds(60);
    private static final String PROBLEM = "Spare parts arrive three weeks late";
    private static final String SECRET_ANSWER = "Rowing club, every Sunday";

    @Test
    void aButlerOnlyBuyingCentreIsCalledOutInHealthUntilALeaderIsReachedThenBriefedAndErased() throws Exception {
        String accountId = JourneySteps.registerKeyAccount("Buying Centre Kranbau GmbH", "North");
        addToTeam(accountId, DemoUser.TOM, "TEAM_MEMBER", "Service and spare parts");
        // contact-service learns of the account and its team from account-service's events
        await().atMost(EVENTUALLY).pollInterval(Duration.ofMillis(500)).until(() ->
                given(as(DemoUser.TOM)).get("/api/stakeholders/accounts/" + accountId + "/coverage")
                        .statusCode() == 200);

        // Five people: a butler as primary contact, two helpers, a specifier, and one not yet understood.
        String butler = addStakeholder(accountId, "Bea Brandt", "Assistant to the managing board", 1, 2, true);
        String helper = addStakeholder(accountId, "Hal Hoffmann", "Buyer", 2, 4, false);
        String specifier = addStakeholder(accountId, "Sue Seidel", "Head of engineering standards", 4, 2, false);
        addStakeholder(accountId, "Hugo Haas", "Maintenance planner", 1, 5, false);
        String leader = addStakeholder(accountId, "Leo Lang", "Managing director", 2, 2, false);
        relate(butler, DemoUser.KATE, "GOOD");

        given(as(DemoUser.KATE)).get("/api/stakeholders/accounts/" + accountId + "/next-actions")
                .then().statusCode(200)
                .body("actions.code", hasItems("BUTLER_MAIN_CONTACT_NO_LEADER_REACHED", "IDENTIFY_A_LEADER"))
                .body("actions[0].stakeholderId", equalTo(butler));
        given(as(DemoUser.KATE)).get("/api/stakeholders/accounts/" + accountId + "/coverage")
                .then().statusCode(200)
                .body("stakeholderCount", equalTo(5)).body("onlyButlerReachable", equalTo(true))
                .body("leaderCovered", equalTo(false));

        // The coverage event is on Kafka, valid against its schema...
        try (EventReader reader = new EventReader(Topics.STAKEHOLDERS)) {
            ConsumerRecord<String, String> event = reader.first(EventReader.ofType(accountId, COVERAGE_CHANGED)
                    .and(record -> record.value().contains("\"onlyButlerReachable\":true")), EVENTUALLY);
            assertThat(EventSchemaValidator.violations(COVERAGE_CHANGED, event.value())).isEmpty();
        }
        // ...and account-service's health assessment names the gaps.
        await().atMost(EVENTUALLY).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                assertThat(healthCauses(accountId)).contains("ONLY_BUTLER_REACHABLE", "NO_LEADER_RELATIONSHIP"));

        // The one we did not understand turns out to lead the decision, and tom gets to know him.
        assess(leader, 5, 5, "Signs off every investment above 1 M EUR; his bonus depends on uptime");
        relate(leader, DemoUser.TOM, "GOOD");
        given(as(DemoUser.KATE)).get("/api/stakeholders/accounts/" + accountId + "/next-actions")
                .then().statusCode(200)
                .body("actions.code", not(hasItem("BUTLER_MAIN_CONTACT_NO_LEADER_REACHED")))
                .body("actions.code", not(hasItem("IDENTIFY_A_LEADER")));
        await().atMost(EVENTUALLY).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                assertThat(healthCauses(accountId)).doesNotContain("ONLY_BUTLER_REACHABLE", "NO_LEADER_RELATIONSHIP"));

        // Nobody informed the specifier yet; a call logged in account-service with her does (ADR 0023).
        given(as(DemoUser.KATE)).get("/api/stakeholders/accounts/" + accountId + "/next-actions")
                .then().statusCode(200).body("actions.code", hasItem("SPECIFIER_NOT_INFORMED"));
        String call = logInteraction(accountId, "CALL", Instant.now().minus(2, ChronoUnit.HOURS), List.of(specifier),
                "Walked through the draft specification");
        await().atMost(EVENTUALLY).pollInterval(Duration.ofMillis(500)).until(() -> call.equals(
                given(as(DemoUser.KATE)).get("/api/stakeholders/" + specifier).path("lastInformed.interactionId")));
        given(as(DemoUser.KATE)).get("/api/stakeholders/accounts/" + accountId + "/next-actions")
                .then().statusCode(200).body("actions.code", not(hasItem("SPECIFIER_NOT_INFORMED")));
        // account-service names her with the call, and follows her rename.
        await().atMost(EVENTUALLY).pollInterval(Duration.ofMillis(500)).until(() -> "Sue Seidel".equals(
                attendeeName(accountId, call)));
        rename(specifier, "Sue Seidel-Berg", "Head of engineering standards");
        await().atMost(EVENTUALLY).pollInterval(Duration.ofMillis(500)).until(() -> "Sue Seidel-Berg".equals(
                attendeeName(accountId, call)));

        // The matrix as a picture, through the gateway.
        given(as(DemoUser.KATE)).accept("image/svg+xml")
                .get("/api/stakeholders/accounts/" + accountId + "/matrix")
                .then().statusCode(200).contentType(containsString("image/svg+xml"))
                .body(containsString("data-stakeholder-id=\"" + leader + "\" data-quadrant=\"LEADER\""));

        // A brief for the next meeting, with what account-service knows about the account.
        logInteraction(accountId, "MEETING", Instant.now().minus(1, ChronoUnit.HOURS), List.of(butler, leader),
                "Kick-off with the managing director");
        recordProblem(accountId);
        writeProfile(leader, "Prefers figures in writing", null);
        String brief = meeting(List.of(butler, leader), List.of(DemoUser.KATE.id(), DemoUser.TOM.id()));
        given(as(DemoUser.KATE)).contentType(ContentType.JSON).body(brief)
                .post("/api/stakeholders/accounts/" + accountId + "/briefs")
                .then().statusCode(200)
                .body("missing", empty())
                .body("account.status", equalTo("KEY"))
                .body("recentInteractions[0].summary", equalTo("Kick-off with the managing director"))
                .body("openProblems.title", hasItem(PROBLEM))
                .body("profilesIncluded", equalTo(true))
                .body("attendees[1].role", equalTo("LEADER"))
                .body("attendees[1].profile.negotiatingStyle", equalTo("Prefers figures in writing"))
                .body("attendees[1].relationships[0].atTheMeeting", equalTo(true))
                .body("attendees[0].guidance.rules.code", hasItem("butler-respect-his-rights"));
        given(as(DemoUser.KATE)).contentType(ContentType.JSON).accept("text/markdown").body(brief)
                .post("/api/stakeholders/accounts/" + accountId + "/briefs")
                .then().statusCode(200).contentType(containsString("text/markdown"))
                .body(containsString("# Negotiation brief: "), containsString("### Leo Lang"));
        // The director prepares too, but reads no profiles.
        given(as(DemoUser.DIANA)).contentType(ContentType.JSON).body(brief)
                .post("/api/stakeholders/accounts/" + accountId + "/briefs")
                .then().statusCode(200)
                .body("profilesIncluded", equalTo(false))
                .body("attendees[1].profile", nullValue())
                .body("account.status", equalTo("KEY"));

        // The tender has a buying centre of its own: the brief shows the roles assessed there.
        String tender = openDecision(accountId, "Crane fleet tender 2027");
        assessIn(tender, leader, 5, 5);
        assessIn(tender, butler, 4, 2);
        given(as(DemoUser.KATE)).get("/api/stakeholders/decisions/" + tender + "/brief")
                .then().statusCode(200)
                .body("decisionName", equalTo("Crane fleet tender 2027"))
                .body("missing", empty())
                .body("account.status", equalTo("KEY"))
                .body("people.stakeholderId", hasItems(butler, leader))
                .body("people.find { it.stakeholderId == '%s' }.role".formatted(butler), equalTo("SPECIFIER"))
                .body("people.find { it.stakeholderId == '%s' }.accountRole".formatted(butler), equalTo("BUTLER"))
                .body("people.find { it.stakeholderId == '%s' }.profile.negotiatingStyle".formatted(leader),
                        equalTo("Prefers figures in writing"));
        given(as(DemoUser.KATE)).accept("text/markdown").get("/api/stakeholders/decisions/" + tender + "/brief")
                .then().statusCode(200).contentType(containsString("text/markdown"))
                .body(containsString("## The buying centre of this decision"));
        given(as(DemoUser.EVE)).get("/api/stakeholders/decisions/" + tender + "/brief").then().statusCode(404);

        // The helper asks to be forgotten: his data is erased, only the placeholder remains.
        writeProfile(helper, null, SECRET_ANSWER);
        given(as(DemoUser.KATE)).delete("/api/stakeholders/" + helper + "/personal-data")
                .then().statusCode(200).body("erasedAnswers", hasItem("personal-concerns"));
        Response export = given(as(DemoUser.KATE)).get("/api/stakeholders/" + helper + "/personal-data");
        export.then().statusCode(200)
                .body("stakeholder.name", equalTo("Erased person"))
                .body("stakeholder.erased", equalTo(true))
                .body("stakeholder.position", nullValue());
        assertThat(export.asString()).doesNotContain("Hal Hoffmann", "Hoffmann", "Buyer", SECRET_ANSWER,
                "hal.hoffmann");
        given(as(DemoUser.KATE)).get("/api/stakeholders/accounts/" + accountId + "/matrix")
                .then().statusCode(200).body("people.name", hasItem("Erased person"))
                .body("people.name", not(hasItem("Hal Hoffmann")));

        // Outsiders learn nothing: eve finds no account, marketing off the team not even that a person exists.
        given(as(DemoUser.EVE)).get("/api/stakeholders/accounts/" + accountId + "/matrix").then().statusCode(404);
        given(as(DemoUser.EVE)).contentType(ContentType.JSON).body(brief)
                .post("/api/stakeholders/accounts/" + accountId + "/briefs").then().statusCode(404);
        given(as(DemoUser.MAX)).get("/api/stakeholders/" + specifier + "/profile").then().statusCode(404);
    }

    // ---------------------------------------------------------------- steps

    private static void addToTeam(String accountId, DemoUser user, String role, String zone) {
        given(as(DemoUser.KATE)).contentType(ContentType.JSON)
                .body(Map.of("userId", user.id(), "teamRole", role, "zone", zone))
                .post("/api/accounts/" + accountId + "/team/members")
                .then().statusCode(201);
    }

    private static String addStakeholder(String accountId, String name, String position, int interest,
            int involvement, boolean primary) {
        Map<String, Object> person = Map.of(
                "accountId", accountId,
                "name", name,
                "position", position,
                "channels", List.of(Map.of("kind", "EMAIL",
                        "value", name.toLowerCase().replace(' ', '.') + "@kranbau.example")),
                "primaryContact", primary,
                "assessment", Map.of("interest", interest, "involvement", involvement,
                        "reason", "Seen at the kick-off meeting"));
        return given(as(DemoUser.KATE)).contentType(ContentType.JSON).body(person)
                .post("/api/stakeholders")
                .then().statusCode(201).extract().path("id");
    }

    private static void relate(String stakeholderId, DemoUser holder, String quality) {
        given(as(DemoUser.KATE)).contentType(ContentType.JSON)
                .body(Map.of("holderId", holder.id(), "type", "BUSINESS", "quality", quality,
                        "reason", "Met at the kick-off", "lastContactOn", LocalDate.now().toString()))
                .post("/api/stakeholders/" + stakeholderId + "/relationships")
                .then().statusCode(201);
    }

    private static void assess(String stakeholderId, int interest, int involvement, String reason) {
        given(as(DemoUser.KATE)).contentType(ContentType.JSON)
                .body(Map.of("interest", interest, "involvement", involvement, "reason", reason))
                .post("/api/stakeholders/" + stakeholderId + "/assessments")
                .then().statusCode(201).body("role", equalTo("LEADER"));
    }

    private static void writeProfile(String stakeholderId, String negotiatingStyle, String personalConcerns) {
        Map<String, Object> answers = new HashMap<>();
        if (negotiatingStyle != null) {
            answers.put("negotiatingStyle", negotiatingStyle);
        }
        if (personalConcerns != null) {
            answers.put("personalConcerns", personalConcerns);
        }
        given(as(DemoUser.KATE)).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(answers)
                .put("/api/stakeholders/" + stakeholderId + "/profile")
                .then().statusCode(200);
    }

    private static String logInteraction(String accountId, String kind, Instant at, List<String> stakeholderIds,
            String summary) {
        return given(as(DemoUser.KATE)).contentType(ContentType.JSON)
                .body(Map.of("kind", kind, "occurredAt", at.toString(),
                        "ourParticipantIds", List.of(DemoUser.KATE.id(), DemoUser.TOM.id()),
                        "stakeholderIds", stakeholderIds, "summary", summary, "outcome", "POSITIVE"))
                .post("/api/accounts/" + accountId + "/interactions")
                .then().statusCode(201).extract().path("id");
    }

    /** The name account-service shows for the first client attendee of an interaction (null: none yet). */
    private static String attendeeName(String accountId, String interactionId) {
        return given(as(DemoUser.KATE)).get("/api/accounts/" + accountId + "/interactions/" + interactionId)
                .then().statusCode(200).extract().path("stakeholders[0].name");
    }

    private static void rename(String stakeholderId, String name, String position) {
        String etag = given(as(DemoUser.KATE)).get("/api/stakeholders/" + stakeholderId)
                .then().statusCode(200).extract().header("ETag");
        given(as(DemoUser.KATE)).contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("name", name, "position", position, "primaryContact", false))
                .put("/api/stakeholders/" + stakeholderId)
                .then().statusCode(200).body("name", equalTo(name));
    }

    private static String openDecision(String accountId, String name) {
        return given(as(DemoUser.KATE)).contentType(ContentType.JSON)
                .body(Map.of("accountId", accountId, "name", name))
                .post("/api/stakeholders/decisions")
                .then().statusCode(201).extract().path("id");
    }

    private static void assessIn(String decisionId, String stakeholderId, int interest, int involvement) {
        given(as(DemoUser.KATE)).contentType(ContentType.JSON)
                .body(Map.of("interest", interest, "involvement", involvement, "reason", "His part in the tender",
                        "decisionId", decisionId))
                .post("/api/stakeholders/" + stakeholderId + "/assessments")
                .then().statusCode(201);
    }

    private static void recordProblem(String accountId) {
        given(as(DemoUser.KATE)).contentType(ContentType.JSON)
                .body(Map.of("title", PROBLEM, "importance", "HIGH", "weCanSolve", true, "competitorBetter", false))
                .post("/api/accounts/" + accountId + "/problems")
                .then().statusCode(201);
    }

    private static String meeting(List<String> attendees, List<String> ours) throws Exception {
        return JSON.writeValueAsString(Map.of(
                "meetingOn", LocalDate.now().plusDays(7).toString(),
                "purpose", "Framework contract for crane maintenance",
                "attendeeIds", attendees,
                "ourAttendeeIds", ours));
    }

    private static List<String> healthCauses(String accountId) throws Exception {
        Response response = given(as(DemoUser.KATE)).get("/api/accounts/" + accountId + "/health");
        if (response.statusCode() == 404) {
            return List.of();
        }
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode health = JSON.readTree(response.asString());
        List<String> codes = new ArrayList<>();
        health.path("causes").forEach(cause -> codes.add(cause.path("code").asText()));
        return codes;
    }
}
