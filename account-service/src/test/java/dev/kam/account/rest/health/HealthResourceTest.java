package dev.kam.account.rest.health;

import static dev.kam.plumbing.testing.DemoUsers.DIANA;
import static dev.kam.plumbing.testing.DemoUsers.EVE;
import static dev.kam.plumbing.testing.DemoUsers.KATE;
import static dev.kam.plumbing.testing.DemoUsers.MAX;
import static dev.kam.plumbing.testing.DemoUsers.TOM;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import dev.kam.account.fixtures.Dossiers;
import dev.kam.events.EventSchemaValidator;
import dev.kam.events.health.HealthEvents;
import dev.kam.kernel.period.Period;
import dev.kam.kernel.period.PeriodType;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class HealthResourceTest {

    private static final String HEALTH = "/api/accounts/{id}/health";
    private static final String ASSESSMENTS = "/api/accounts/{id}/health/assessments";
    private static final String HISTORY = "/api/accounts/{id}/health/history";

    @Inject
    Dossiers rows;

    @Test
    @TestSecurity(user = "kate", roles = {"key-account-manager", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = KATE))
    void anAccountHasNoHealthUntilItsFirstAssessment() {
        UUID account = rows.keyAccount();
        given().when().get(HEALTH, account)
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", containsString("assessments"));

        given().when().post(ASSESSMENTS, account)
                .then().statusCode(200)
                .body("score", equalTo(100))
                .body("band", equalTo("HEALTHY"))
                .body("causes", empty())
                .body("changed", equalTo(true))
                .body("cooling", nullValue());

        given().when().get(HEALTH, account)
                .then().statusCode(200)
                .body("accountId", equalTo(account.toString()))
                .body("score", equalTo(100))
                .body("band", equalTo("HEALTHY"))
                .body("assessedAt", notNullValue());
        List<Dossiers.OutboxRow> changed = rows.outbox(account, HealthEvents.CHANGED.type());
        assertThat(changed).hasSize(1);
        assertThat(changed.get(0).payload()).contains("\"previousScore\":null").contains("\"score\":100");
        assertThat(EventSchemaValidator.violations(HealthEvents.CHANGED.type(), changed.get(0).payload())).isEmpty();
    }

    @Test
    @TestSecurity(user = "kate", roles = {"key-account-manager", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = KATE))
    void anUnchangedAssessmentKeepsNoNewHistoryPointAndPublishesNothing() {
        UUID account = rows.keyAccount();
        given().when().post(ASSESSMENTS, account).then().statusCode(200).body("changed", equalTo(true));

        given().when().post(ASSESSMENTS, account).then().statusCode(200).body("changed", equalTo(false));

        given().when().get(HISTORY, account).then().statusCode(200).body("items", hasSize(1));
        assertThat(rows.outbox(account, HealthEvents.CHANGED.type())).hasSize(1);
    }

    @Test
    @TestSecurity(user = "kate", roles = {"key-account-manager", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = KATE))
    void theDossiersWarningSignsAreScoredWithTheirCauses() {
        Instant now = Instant.now();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        UUID account = rows.keyAccount(a -> {
            a.registeredAt = now.minus(Duration.ofDays(400));
            a.lastContactAt = now.minus(Duration.ofDays(80));
        });
        // last contact 78 days ago on a 30-day cadence: 48 days overdue = 1.6 intervals = 5 + 16 points
        rows.interaction(account, now.minus(Duration.ofDays(79)), "NEGATIVE");
        rows.interaction(account, now.minus(Duration.ofDays(78)), "NEGATIVE");
        rows.interaction(account, now.minus(Duration.ofDays(200)), "NEGATIVE");
        // the last complete quarter fell 20 % against the same quarter a year earlier: 5 + 15 points
        Period quarter = Period.containing(PeriodType.QUARTER, today).previous();
        rows.volume(account, quarter.sameLastYear(), "1000.00");
        rows.volume(account, quarter, "800.00");
        rows.volume(account, Period.containing(PeriodType.QUARTER, today), "10.00");
        // one critical (10) and one high (5) problem past 30 days; the low and the solved ones do not count
        rows.problem(account, "CRITICAL", "OPEN", today.minusDays(40));
        rows.problem(account, "HIGH", "IN_PROGRESS", today.minusDays(31));
        rows.problem(account, "LOW", "OPEN", today.minusDays(90));
        rows.problem(account, "HIGH", "SOLVED", today.minusDays(90));
        rows.planAction(account, today.minusDays(3), "PLANNED");
        rows.planAction(account, today.minusDays(10), "DONE");

        given().when().post(ASSESSMENTS, account)
                .then().statusCode(200)
                .body("causes.code", contains("OVERDUE_CONTACT", "PURCHASE_DECLINE", "UNRESOLVED_PROBLEMS",
                        "NEGATIVE_INTERACTIONS", "OVERDUE_PLAN_ACTIONS"))
                .body("causes.penalty", contains(21, 20, 15, 10, 4))
                .body("score", equalTo(30))
                .body("band", equalTo("CRITICAL"))
                .body("causes[0].explanation", containsString("48 days overdue"))
                .body("causes[1].explanation", containsString("20.0% below " + quarter.sameLastYear()))
                .body("causes[3].explanation", equalTo("2 of the last 2 interactions in the past 90 days were negative"));

        given().when().get(HEALTH, account)
                .then().statusCode(200)
                .body("score", equalTo(30))
                .body("causes.code", contains("OVERDUE_CONTACT", "PURCHASE_DECLINE", "UNRESOLVED_PROBLEMS",
                        "NEGATIVE_INTERACTIONS", "OVERDUE_PLAN_ACTIONS"));
        assertThat(rows.single("select health_band from account where id = :id", Map.of("id", account)))
                .isEqualTo("CRITICAL");
    }

    @Test
    @TestSecurity(user = "kate", roles = {"key-account-manager", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = KATE))
    void teamAndBuyingCentreGapsAreScoredToo() {
        UUID account = rows.keyAccount();
        rows.teamDeparture(account, Instant.now().minus(Duration.ofDays(10)), 2);
        rows.coverage(account, false, true, 1);
        rows.stakeholderDeparture(account, "LEADER", LocalDate.now(ZoneOffset.UTC).minusDays(5));
        rows.stakeholderDeparture(account, "BUTLER", LocalDate.now(ZoneOffset.UTC).minusDays(5));

        given().when().post(ASSESSMENTS, account)
                .then().statusCode(200)
                .body("causes.code", contains("TEAM_MEMBER_LEFT", "NO_LEADER_RELATIONSHIP", "KEY_PERSON_LEFT",
                        "SINGLE_THREADED_RELATIONSHIP", "ONLY_BUTLER_REACHABLE"))
                .body("causes.penalty", contains(15, 15, 15, 10, 10))
                .body("score", equalTo(35))
                .body("band", equalTo("CRITICAL"));
    }

    @Test
    @TestSecurity(user = "tom", roles = {"account-team-member", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = TOM))
    void aDropPastTheThresholdIsACoolingPublishedWithItsCauses() {
        UUID account = rows.keyAccount();
        given().when().post(ASSESSMENTS, account).then().statusCode(200).body("score", equalTo(100));
        Period quarter = Period.containing(PeriodType.QUARTER, LocalDate.now(ZoneOffset.UTC)).previous();
        rows.volume(account, quarter.sameLastYear(), "1000.00");
        rows.volume(account, quarter, "800.00");

        given().when().post(ASSESSMENTS, account)
                .then().statusCode(200)
                .body("score", equalTo(80))
                .body("band", equalTo("HEALTHY"))
                .body("changed", equalTo(true))
                .body("cooling.previousScore", equalTo(100))
                .body("cooling.previousBand", equalTo("HEALTHY"))
                .body("cooling.scoreDrop", equalTo(20));

        List<Dossiers.OutboxRow> coolings = rows.outbox(account, HealthEvents.COOLING_DETECTED.type());
        assertThat(coolings).hasSize(1);
        assertThat(coolings.get(0).key()).isEqualTo(account.toString());
        assertThat(coolings.get(0).payload()).contains("\"previousScore\":100").contains("\"code\":\"PURCHASE_DECLINE\"");
        assertThat(EventSchemaValidator.violations(HealthEvents.COOLING_DETECTED.type(), coolings.get(0).payload()))
                .isEmpty();
        List<Dossiers.OutboxRow> changes = rows.outbox(account, HealthEvents.CHANGED.type());
        assertThat(changes).hasSize(2);
        assertThat(changes.get(1).payload()).contains("\"previousScore\":100").contains("\"score\":80");
        assertThat(EventSchemaValidator.violations(HealthEvents.CHANGED.type(), changes.get(1).payload())).isEmpty();
        given().when().get(HISTORY, account)
                .then().statusCode(200)
                .body("items.score", contains(80, 100))
                .body("items.cooling", contains(true, false))
                .body("items[0].causes[0].code", equalTo("PURCHASE_DECLINE"));
    }

    @Test
    @TestSecurity(user = "kate", roles = {"key-account-manager", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = KATE))
    void recordingAVolumeReassessesTheAccountWithoutBeingAsked() {
        UUID account = rows.keyAccount();
        Period quarter = Period.containing(PeriodType.QUARTER, LocalDate.now(ZoneOffset.UTC)).previous();

        record(account, quarter.sameLastYear(), "1000.00");
        given().when().get(HEALTH, account).then().statusCode(200).body("score", equalTo(100));
        record(account, quarter, "500.00");

        given().when().get(HEALTH, account)
                .then().statusCode(200)
                .body("score", equalTo(70))
                .body("band", equalTo("WATCH"))
                .body("causes[0].code", equalTo("PURCHASE_DECLINE"))
                .body("causes[0].penalty", equalTo(30));
        assertThat(rows.outbox(account, HealthEvents.COOLING_DETECTED.type())).hasSize(1);
    }

    @Test
    @TestSecurity(user = "kate", roles = {"key-account-manager", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = KATE))
    void theHistoryIsReadNewestFirstPageByPage() {
        UUID account = rows.keyAccount();
        given().when().post(ASSESSMENTS, account).then().statusCode(200);
        rows.planAction(account, LocalDate.now(ZoneOffset.UTC).minusDays(5), "PLANNED");
        given().when().post(ASSESSMENTS, account).then().statusCode(200).body("score", equalTo(96));
        rows.planAction(account, LocalDate.now(ZoneOffset.UTC).minusDays(5), "IN_PROGRESS");
        given().when().post(ASSESSMENTS, account).then().statusCode(200).body("score", equalTo(92));

        String cursor = given().queryParam("limit", 2).when().get(HISTORY, account)
                .then().statusCode(200)
                .body("items.score", contains(92, 96))
                .extract().path("nextCursor");
        given().queryParam("limit", 2).queryParam("cursor", cursor).when().get(HISTORY, account)
                .then().statusCode(200)
                .body("items.score", contains(100))
                .body("nextCursor", nullValue());
        given().queryParam("cursor", "bm9wZQ").when().get(HISTORY, account)
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "max", roles = {"marketing", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = MAX))
    void marketingSeesTheCurrentHealthButNotItsHistoryAndCannotAskForAssessments() {
        UUID account = assessedAccount();
        given().when().get(HEALTH, account).then().statusCode(200).body("band", equalTo("HEALTHY"));
        given().when().get(HISTORY, account).then().statusCode(403).contentType("application/problem+json");
        given().when().post(ASSESSMENTS, account).then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "diana", roles = {"sales-director", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = DIANA))
    void theSalesDirectorReadsTheHistoryButLeavesAssessingToTheTeam() {
        UUID account = assessedAccount();
        given().when().get(HISTORY, account).then().statusCode(200).body("items", hasSize(1));
        given().when().post(ASSESSMENTS, account).then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "eve", roles = "employee")
    @OidcSecurity(claims = @Claim(key = "sub", value = EVE))
    void someoneOutsideTheTeamDoesNotLearnTheAccountExists() {
        UUID account = assessedAccount();
        given().when().get(HEALTH, account).then().statusCode(404).contentType("application/problem+json");
        given().when().post(ASSESSMENTS, account).then().statusCode(404).contentType("application/problem+json");
        given().when().get(HISTORY, account).then().statusCode(404).contentType("application/problem+json");
        assertThat(rows.count("select count(*) from health_snapshot where account_id = :id", Map.of("id", account)))
                .isEqualTo(1);
    }

    private UUID assessedAccount() {
        UUID account = rows.keyAccount();
        rows.execute("""
                insert into health_snapshot (id, account_id, assessed_at, score, band, causes, cooling)
                values (:id, :account, now(), 100, 'HEALTHY', cast('[]' as jsonb), false)""",
                Map.of("id", UUID.randomUUID(), "account", account));
        rows.execute("update account set health_score = 100, health_band = 'HEALTHY', health_assessed_at = now() "
                + "where id = :id", Map.of("id", account));
        return account;
    }

    private static void record(UUID account, Period period, String amount) {
        given().contentType(ContentType.JSON)
                .body(Map.of("volume", Map.of("amount", amount, "currency", "EUR")))
                .when().put("/api/accounts/{id}/purchase-volumes/{period}", account, period.format())
                .then().statusCode(201);
    }
}
