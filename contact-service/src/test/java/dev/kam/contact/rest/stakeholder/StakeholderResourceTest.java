package dev.kam.contact.rest.stakeholder;

import static dev.kam.plumbing.testing.DemoUsers.DIANA;
import static dev.kam.plumbing.testing.DemoUsers.EVE;
import static dev.kam.plumbing.testing.DemoUsers.KATE;
import static dev.kam.plumbing.testing.DemoUsers.MAX;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import dev.kam.contact.fixtures.ContactRows;
import dev.kam.contact.fixtures.Stakeholders;
import dev.kam.events.stakeholder.StakeholderEvents;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class StakeholderResourceTest {

    private static final String PROBLEM = "application/problem+json";

    @Inject
    ContactRows rows;

    @Test
    @TestSecurity(user = "kate", roles = "key-account-manager")
    @OidcSecurity(claims = @Claim(key = "sub", value = KATE))
    void aTeamMemberAddsAPersonWithHisFirstRoleAndItIsAnnounced() {
        UUID account = rows.account();

        String location = Stakeholders.addRequest(account, "Jana Novak", 2, 2, true)
                .statusCode(201)
                .header("ETag", "\"0\"")
                .body("name", equalTo("Jana Novak"))
                .body("role", equalTo("BUTLER"))
                .body("primaryContact", equalTo(true))
                .body("status", equalTo("ACTIVE"))
                .body("channels[0].kind", equalTo("EMAIL"))
                .extract().header("Location");

        given().when().get(location).then().statusCode(200).body("name", equalTo("Jana Novak"))
                .header("ETag", "\"0\"");
        assertThat(rows.outbox(account, StakeholderEvents.ADDED.type())).singleElement()
                .satisfies(e -> assertThat(e.payload()).contains("\"role\":\"BUTLER\"", "Jana Novak"));
        assertThat(rows.outbox(account, StakeholderEvents.COVERAGE_CHANGED.type())).singleElement()
                .satisfies(e -> assertThat(e.payload()).contains("\"stakeholderCount\":1"));
        assertThat(rows.count("select count(*) from role_assessment where account_id = :a and assessed_by = :k",
                Map.of("a", account, "k", KATE))).isEqualTo(1);
    }

    @Test
    @TestSecurity(user = "kate", roles = "key-account-manager")
    @OidcSecurity(claims = @Claim(key = "sub", value = KATE))
    void aRetryWithTheSameIdempotencyKeyCreatesOnce() {
        UUID account = rows.account();
        String body = """
                {"accountId": "%s", "name": "Ole Berg", "assessment": {"interest": 4, "involvement": 4,
                 "reason": "Chairs the committee"}}""".formatted(account);

        String first = given().contentType(ContentType.JSON).header("Idempotency-Key", "k-" + account).body(body)
                .when().post("/api/stakeholders").then().statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON).header("Idempotency-Key", "k-" + account).body(body)
                .when().post("/api/stakeholders").then().statusCode(201)
                .header("Idempotent-Replayed", "true").body("id", equalTo(first));

        assertThat(rows.count("select count(*) from stakeholder where account_id = :a", Map.of("a", account)))
                .isEqualTo(1);
    }

    @Test
    @TestSecurity(user = "kate", roles = "key-account-manager")
    @OidcSecurity(claims = @Claim(key = "sub", value = KATE))
    void badInputIsAProblemNamingTheFieldsAndStoresNothing() {
        UUID account = rows.account();

        given().contentType(ContentType.JSON).body("""
                        {"accountId": "%s", "name": " ", "channels": [{"kind": "PIGEON", "value": "x"}],
                         "assessment": {"interest": 7, "involvement": 2, "reason": "x"}}""".formatted(account))
                .when().post("/api/stakeholders")
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", hasItem("channels[0].kind"));
        given().contentType(ContentType.JSON).body("""
                        {"accountId": "%s", "name": " ",
                         "assessment": {"interest": 7, "involvement": 2}}""".formatted(account))
                .when().post("/api/stakeholders")
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", contains("assessment.interest", "assessment.reason", "name"));
        given().contentType(ContentType.JSON).body("""
                        {"accountId": "%s", "name": "Ole Berg", "assessment": {"interest": 2, "involvement": 2,
                         "reason": "x", "overrideRole": "LEADER"}}""".formatted(account))
                .when().post("/api/stakeholders")
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations[0].field", equalTo("assessment.overrideReason"));
        given().contentType(ContentType.JSON).body("""
                        {"accountId": "%s", "name": "Ole Berg", "channels": [{"kind": "EMAIL", "value": "no-at"}],
                         "assessment": {"interest": 2, "involvement": 2, "reason": "x"}}""".formatted(account))
                .when().post("/api/stakeholders")
                .then().statusCode(400).contentType(PROBLEM);

        assertThat(rows.count("select count(*) from stakeholder where account_id = :a", Map.of("a", account)))
                .isZero();
        assertThat(rows.outbox(account, null)).isEmpty();
    }

    @Test
    @TestSecurity(user = "kate", roles = "key-account-manager")
    @OidcSecurity(claims = @Claim(key = "sub", value = KATE))
    void anAccountUnknownToTheReplicaIsRefusedOnTheAccountIdField() {
        Stakeholders.addRequest(UUID.randomUUID(), "Ole Berg", 3, 3, false)
                .statusCode(422).contentType(PROBLEM)
                .body("violations[0].field", equalTo("accountId"));
    }

    @Test
    @TestSecurity(user = "eve", roles = "employee")
    @OidcSecurity(claims = @Claim(key = "sub", value = EVE))
    void someoneOffTheTeamFindsNeitherTheAccountNorItsPeople() {
        UUID account = rows.account();
        UUID person = personOf(account);

        Stakeholders.addRequest(account, "Ole Berg", 3, 3, false).statusCode(404).contentType(PROBLEM);
        given().queryParam("accountId", account).when().get("/api/stakeholders").then().statusCode(404);
        given().when().get("/api/stakeholders/" + person).then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    @TestSecurity(user = "diana", roles = "sales-director")
    @OidcSecurity(claims = @Claim(key = "sub", value = DIANA))
    void aDirectorReadsEveryAccountsPeopleButChangesNothing() {
        UUID account = rows.account();
        UUID person = personOf(account);

        given().queryParam("accountId", account).when().get("/api/stakeholders").then().statusCode(200)
                .body("items", hasSize(1));
        given().when().get("/api/stakeholders/" + person).then().statusCode(200);
        Stakeholders.addRequest(account, "Ole Berg", 3, 3, false).statusCode(403).contentType(PROBLEM);
        given().contentType(ContentType.JSON).body("{\"leftOn\": \"2026-01-01\"}")
                .when().post("/api/stakeholders/" + person + "/departure").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "max", roles = "marketing")
    @OidcSecurity(claims = @Claim(key = "sub", value = MAX))
    void marketingOffTheTeamDoesNotListPeople() {
        UUID account = rows.account(Map.of(KATE, "KAM"));

        given().queryParam("accountId", account).when().get("/api/stakeholders").then().statusCode(403)
                .contentType(PROBLEM);
    }

    @Test
    @TestSecurity(user = "kate", roles = "key-account-manager")
    @OidcSecurity(claims = @Claim(key = "sub", value = KATE))
    void theListIsPagedByCursorAndFilteredByStatus() {
        UUID account = rows.account();
        UUID first = Stakeholders.add(account, "Anna One", 3, 3, false);
        Stakeholders.add(account, "Bert Two", 3, 3, false);
        UUID third = Stakeholders.add(account, "Cleo Three", 3, 3, false);
        given().contentType(ContentType.JSON).body("{\"leftOn\": \"%s\"}".formatted(LocalDate.now().minusDays(1)))
                .when().post("/api/stakeholders/" + third + "/departure").then().statusCode(200);

        String cursor = given().queryParam("accountId", account).queryParam("limit", 2)
                .when().get("/api/stakeholders").then().statusCode(200)
                .body("items", hasSize(2)).body("items[0].id", equalTo(first.toString()))
                .body("nextCursor", notNullValue())
                .extract().path("nextCursor");
        given().queryParam("accountId", account).queryParam("limit", 2).queryParam("cursor", cursor)
                .when().get("/api/stakeholders").then().statusCode(200)
                .body("items.id", contains(third.toString())).body("nextCursor", nullValue());
        given().queryParam("accountId", account).queryParam("status", "LEFT")
                .when().get("/api/stakeholders").then().statusCode(200).body("items.id", contains(third.toString()));
    }

    @Test
    @TestSecurity(user = "kate", roles = "key-account-manager")
    @OidcSecurity(claims = @Claim(key = "sub", value = KATE))
    void malformedListParametersAreProblemsNamingTheParameter() {
        UUID account = rows.account();
        given().when().get("/api/stakeholders").then().statusCode(400).body("violations[0].field", equalTo("accountId"));
        given().queryParam("accountId", "nope").when().get("/api/stakeholders").then().statusCode(400)
                .body("violations[0].field", equalTo("accountId"));
        given().queryParam("accountId", account).queryParam("limit", 0).when().get("/api/stakeholders")
                .then().statusCode(400).body("violations[0].field", equalTo("limit"));
        given().queryParam("accountId", account).queryParam("status", "GONE").when().get("/api/stakeholders")
                .then().statusCode(400).body("violations[0].field", equalTo("status"));
        given().queryParam("accountId", account).queryParam("cursor", "%%%").when().get("/api/stakeholders")
                .then().statusCode(400).contentType(PROBLEM);
    }

    @Test
    @TestSecurity(user = "kate", roles = "key-account-manager")
    @OidcSecurity(claims = @Claim(key = "sub", value = KATE))
    void aRewriteNeedsTheCurrentVersion() {
        UUID account = rows.account();
        UUID person = Stakeholders.add(account, "Jana Novak", 2, 2, false);
        String change = """
                {"name": "Jana Novak-Berg", "position": "Purchasing Director", "primaryContact": false}""";

        given().contentType(ContentType.JSON).body(change).when().put("/api/stakeholders/" + person)
                .then().statusCode(428).contentType(PROBLEM);
        given().contentType(ContentType.JSON).header("If-Match", "\"7\"").body(change)
                .when().put("/api/stakeholders/" + person).then().statusCode(412);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(change)
                .when().put("/api/stakeholders/" + person).then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("name", equalTo("Jana Novak-Berg"))
                .body("department", nullValue())
                .body("channels", hasSize(0))
                .body("role", equalTo("BUTLER"));
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(change)
                .when().put("/api/stakeholders/" + person).then().statusCode(200).header("ETag", "\"1\"");

        assertThat(rows.outbox(account, StakeholderEvents.CHANGED.type())).as("the rename, once")
                .singleElement().satisfies(e -> {
                    assertThat(e.subject()).isEqualTo(person.toString());
                    assertThat(e.payload()).contains("\"changedFields\":[\"name\"]", "\"name\":\"Jana Novak-Berg\"",
                            "\"primaryContact\":false").doesNotContain("Purchasing Director");
                });
    }

    @Test
    @TestSecurity(user = "kate", roles = "key-account-manager")
    @OidcSecurity(claims = @Claim(key = "sub", value = KATE))
    void aChangeOtherServicesDoNotShowIsNotAnnounced() {
        UUID account = rows.account();
        UUID person = Stakeholders.add(account, "Jana Novak", 2, 2, false);

        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"name\": \"Jana Novak\", \"position\": \"Purchasing Director\"}")
                .when().put("/api/stakeholders/" + person).then().statusCode(200).header("ETag", "\"1\"");

        assertThat(rows.outbox(account, StakeholderEvents.CHANGED.type())).isEmpty();
    }

    @Test
    @TestSecurity(user = "kate", roles = "key-account-manager")
    @OidcSecurity(claims = @Claim(key = "sub", value = KATE))
    void reportingLinesStayWithinTheAccountAndNeverCircle() {
        UUID account = rows.account();
        UUID boss = Stakeholders.add(account, "Boss Person", 5, 5, false);
        UUID report = Stakeholders.add(account, "Report Person", 3, 2, false);
        UUID stranger = Stakeholders.add(rows.account(), "Stranger Person", 3, 3, false);

        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"name\": \"Report Person\", \"reportsTo\": \"%s\"}".formatted(boss))
                .when().put("/api/stakeholders/" + report).then().statusCode(200)
                .body("reportsTo", equalTo(boss.toString()));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"name\": \"Boss Person\", \"reportsTo\": \"%s\"}".formatted(report))
                .when().put("/api/stakeholders/" + boss).then().statusCode(422)
                .body("type", equalTo("https://kam.dev/problems/rules/reports-to-cycle"));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"name\": \"Boss Person\", \"reportsTo\": \"%s\"}".formatted(stranger))
                .when().put("/api/stakeholders/" + boss).then().statusCode(422)
                .body("type", equalTo("https://kam.dev/problems/rules/reports-to-unknown"));
        assertThat(rows.single("select reports_to from stakeholder where id = :id", Map.of("id", boss))).isNull();
    }

    @Test
    @TestSecurity(user = "kate", roles = "key-account-manager")
    @OidcSecurity(claims = @Claim(key = "sub", value = KATE))
    void thePrimaryContactFlagMovesSoAnAccountHasOne() {
        UUID account = rows.account();
        UUID first = Stakeholders.add(account, "First Contact", 2, 2, true);
        UUID second = Stakeholders.add(account, "Second Contact", 4, 4, true);

        given().when().get("/api/stakeholders/" + first).then().body("primaryContact", equalTo(false));
        given().when().get("/api/stakeholders/" + second).then().body("primaryContact", equalTo(true));
        assertThat(rows.count("select count(*) from stakeholder where account_id = :a and primary_contact",
                Map.of("a", account))).isEqualTo(1);
        assertThat(rows.outbox(account, StakeholderEvents.CHANGED.type())).as("the one who lost the flag")
                .singleElement().satisfies(e -> {
                    assertThat(e.subject()).isEqualTo(first.toString());
                    assertThat(e.payload()).contains("\"changedFields\":[\"primaryContact\"]",
                            "\"primaryContact\":false", "\"name\":\"First Contact\"");
                });

        given().contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body("{\"name\": \"First Contact\", \"primaryContact\": true}")
                .when().put("/api/stakeholders/" + first).then().statusCode(200).body("primaryContact", equalTo(true));

        assertThat(rows.outbox(account, StakeholderEvents.CHANGED.type())).extracting(ContactRows.OutboxRow::subject)
                .as("the flag back to the first, taken from the second").containsExactly(first.toString(),
                        second.toString(), first.toString());
    }

    @Test
    @TestSecurity(user = "kate", roles = "key-account-manager")
    @OidcSecurity(claims = @Claim(key = "sub", value = KATE))
    void aDepartureIsRecordedOnceAnnouncedAndTakesThePrimaryFlag() {
        UUID account = rows.account();
        UUID person = Stakeholders.add(account, "Leaving Leader", 5, 5, true);

        given().contentType(ContentType.JSON).body("{\"leftOn\": \"%s\"}".formatted(LocalDate.now().plusDays(3)))
                .when().post("/api/stakeholders/" + person + "/departure").then().statusCode(422)
                .body("type", equalTo("https://kam.dev/problems/rules/departure-in-future"));
        given().contentType(ContentType.JSON).body("""
                        {"leftOn": "%s", "destination": "A competitor's client"}""".formatted(LocalDate.now()))
                .when().post("/api/stakeholders/" + person + "/departure").then().statusCode(200)
                .body("status", equalTo("LEFT")).body("leftTo", equalTo("A competitor's client"))
                .body("primaryContact", equalTo(false));
        given().contentType(ContentType.JSON).body("{\"leftOn\": \"%s\"}".formatted(LocalDate.now()))
                .when().post("/api/stakeholders/" + person + "/departure").then().statusCode(422)
                .body("type", equalTo("https://kam.dev/problems/rules/stakeholder-already-left"));

        assertThat(rows.outbox(account, StakeholderEvents.LEFT_CLIENT.type())).singleElement()
                .satisfies(e -> assertThat(e.payload()).contains("\"role\":\"LEADER\""));
        assertThat(rows.outbox(account, StakeholderEvents.CHANGED.type())).singleElement()
                .satisfies(e -> assertThat(e.payload()).contains("\"changedFields\":[\"primaryContact\"]"));
        assertThat(rows.outbox(account, StakeholderEvents.COVERAGE_CHANGED.type())).last()
                .satisfies(e -> assertThat(e.payload()).contains("\"stakeholderCount\":0"));
    }

    private UUID personOf(UUID account) {
        return rows.person(account, "Seeded Person");
    }
}
