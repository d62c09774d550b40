package dev.kam.contact.rest.role;

import static dev.kam.plumbing.testing.DemoUsers.DIANA;
import static dev.kam.plumbing.testing.DemoUsers.EVE;
import static dev.kam.plumbing.testing.DemoUsers.KATE;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

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
class RoleAssessmentResourceTest {

    @Inject
    ContactRows rows;

    @Test
    @TestSecurity(user = "kate", roles = "key-account-manager")
    @OidcSecurity(claims = @Claim(key = "sub", value = KATE))
    void aNewAssessmentThatMovesTheRoleIsKeptInTheHistoryAndAnnounced() {
        UUID account = rows.account();
        UUID person = Stakeholders.add(account, "Ole Berg", 2, 2, false);

        given().contentType(ContentType.JSON).body("""
                        {"interest": 5, "involvement": 4, "reason": "Chairs the tender committee"}""")
                .when().post("/api/stakeholders/" + person + "/assessments")
                .then().statusCode(201)
                .body("classifiedRole", equalTo("LEADER")).body("role", equalTo("LEADER"))
                .body("assessedBy", equalTo(KATE)).body("overridden", equalTo(false));
        given().contentType(ContentType.JSON).body("""
                        {"interest": 4, "involvement": 5, "reason": "Same picture after the site visit"}""")
                .when().post("/api/stakeholders/" + person + "/assessments").then().statusCode(201);

        given().when().get("/api/stakeholders/" + person + "/assessments").then().statusCode(200)
                .body("items.reason", contains("Same picture after the site visit", "Chairs the tender committee",
                        "Seen at the kick-off"));
        given().when().get("/api/stakeholders/" + person).then().body("role", equalTo("LEADER"));
        assertThat(rows.outbox(account, StakeholderEvents.ROLE_CHANGED.type())).singleElement()
                .satisfies(e -> assertThat(e.payload()).contains("\"previousRole\":\"BUTLER\"", "\"role\":\"LEADER\"")
                        .doesNotContain("tender committee"));
        assertThat(rows.outbox(account, StakeholderEvents.COVERAGE_CHANGED.type())).hasSize(1);
    }

    @Test
    @TestSecurity(user = "kate", roles = "key-account-manager")
    @OidcSecurity(claims = @Claim(key = "sub", value = KATE))
    void anOverrideNeedsItsReasonAndWinsOverTheScores() {
        UUID account = rows.account();
        UUID person = Stakeholders.add(account, "Ole Berg", 2, 2, false);

        given().contentType(ContentType.JSON).body("""
                        {"interest": 1, "involvement": 1, "reason": "Junior title", "overrideRole": "LEADER"}""")
                .when().post("/api/stakeholders/" + person + "/assessments")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("overrideReason"));
        given().contentType(ContentType.JSON).body("""
                        {"interest": 1, "involvement": 1, "reason": "Junior title", "overrideRole": "LEADER",
                         "overrideReason": "Signs every order above 50k"}""")
                .when().post("/api/stakeholders/" + person + "/assessments")
                .then().statusCode(201).body("classifiedRole", equalTo("BUTLER")).body("role", equalTo("LEADER"))
                .body("overridden", equalTo(true));
        assertThat(rows.outbox(account, StakeholderEvents.ROLE_CHANGED.type())).singleElement()
                .satisfies(e -> assertThat(e.payload()).contains("\"overridden\":true"));
    }

    @Test
    @TestSecurity(user = "kate", roles = "key-account-manager")
    @OidcSecurity(claims = @Claim(key = "sub", value = KATE))
    void scoresOutsideOneToFiveAndUnknownRolesAreRefusedWithTheirFields() {
        UUID account = rows.account();
        UUID person = Stakeholders.add(account, "Ole Berg", 2, 2, false);

        given().contentType(ContentType.JSON).body("{\"interest\": 0, \"involvement\": 6, \"reason\": \"x\"}")
                .when().post("/api/stakeholders/" + person + "/assessments")
                .then().statusCode(400).body("violations.field", contains("interest", "involvement"));
        given().contentType(ContentType.JSON).body("""
                        {"interest": 3, "involvement": 3, "reason": "x", "overrideRole": "KING", "overrideReason": "y"}""")
                .when().post("/api/stakeholders/" + person + "/assessments")
                .then().statusCode(400).body("violations[0].field", equalTo("overrideRole"));
        assertThat(rows.count("select count(*) from role_assessment where stakeholder_id = :id", Map.of("id", person)))
                .isEqualTo(1);
    }

    @Test
    @TestSecurity(user = "kate", roles = "key-account-manager")
    @OidcSecurity(claims = @Claim(key = "sub", value = KATE))
    void aPurchaseDecisionHasItsOwnRolesBesideTheAccountWideOnes() {
        UUID account = rows.account();
        UUID person = Stakeholders.add(account, "Ole Berg", 2, 2, false);
        String decision = given().contentType(ContentType.JSON)
                .body("{\"accountId\": \"%s\", \"name\": \"Crane fleet tender 2027\"}".formatted(account))
                .when().post("/api/stakeholders/decisions").then().statusCode(201)
                .extract().path("id");

        given().contentType(ContentType.JSON).body("""
                        {"interest": 2, "involvement": 5, "reason": "Runs the tender paperwork", "decisionId": "%s"}"""
                        .formatted(decision))
                .when().post("/api/stakeholders/" + person + "/assessments").then().statusCode(201)
                .body("role", equalTo("HELPER")).body("decisionId", equalTo(decision));

        given().when().get("/api/stakeholders/decisions/" + decision).then().statusCode(200)
                .body("decision.name", equalTo("Crane fleet tender 2027"))
                .body("members", hasSize(1))
                .body("members[0].role", equalTo("HELPER")).body("members[0].accountRole", equalTo("BUTLER"));
        given().queryParam("decisionId", decision).when().get("/api/stakeholders/" + person + "/assessments")
                .then().body("items", hasSize(1));
        given().queryParam("accountId", account).when().get("/api/stakeholders/decisions").then().statusCode(200)
                .body("items.id", contains(decision));
        given().when().get("/api/stakeholders/" + person).then().body("role", equalTo("BUTLER"));
        assertThat(rows.outbox(account, StakeholderEvents.ROLE_CHANGED.type())).singleElement()
                .satisfies(e -> assertThat(e.payload()).contains("\"decisionId\":\"" + decision + "\"",
                        "\"previousRole\":null"));
    }

    @Test
    @TestSecurity(user = "kate", roles = "key-account-manager")
    @OidcSecurity(claims = @Claim(key = "sub", value = KATE))
    void aDecisionOfAnotherAccountOrAPersonWhoLeftCannotBeAssessed() {
        UUID account = rows.account();
        UUID person = Stakeholders.add(account, "Ole Berg", 2, 2, false);
        String foreign = given().contentType(ContentType.JSON)
                .body("{\"accountId\": \"%s\", \"name\": \"Other tender\"}".formatted(rows.account()))
                .when().post("/api/stakeholders/decisions").then().statusCode(201).extract().path("id");

        given().contentType(ContentType.JSON).body("""
                        {"interest": 3, "involvement": 3, "reason": "x", "decisionId": "%s"}""".formatted(foreign))
                .when().post("/api/stakeholders/" + person + "/assessments")
                .then().statusCode(422).body("violations[0].field", equalTo("decisionId"));
        given().contentType(ContentType.JSON).body("{\"leftOn\": \"%s\"}".formatted(LocalDate.now()))
                .when().post("/api/stakeholders/" + person + "/departure").then().statusCode(200);
        given().contentType(ContentType.JSON).body("{\"interest\": 3, \"involvement\": 3, \"reason\": \"x\"}")
                .when().post("/api/stakeholders/" + person + "/assessments")
                .then().statusCode(422).body("type", equalTo("https://kam.dev/problems/rules/stakeholder-left"));
        given().contentType(ContentType.JSON).body("{\"name\": \" \"}")
                .when().post("/api/stakeholders/decisions").then().statusCode(400)
                .body("violations.field", contains("accountId", "name"));
    }

    @Test
    @TestSecurity(user = "diana", roles = "sales-director")
    @OidcSecurity(claims = @Claim(key = "sub", value = DIANA))
    void aDirectorReadsRolesButDoesNotAssess() {
        UUID account = rows.account();
        UUID person = seeded(account);

        given().when().get("/api/stakeholders/" + person + "/assessments").then().statusCode(200)
                .body("items", hasSize(1));
        given().contentType(ContentType.JSON).body("{\"interest\": 3, \"involvement\": 3, \"reason\": \"x\"}")
                .when().post("/api/stakeholders/" + person + "/assessments").then().statusCode(403);
        given().contentType(ContentType.JSON)
                .body("{\"accountId\": \"%s\", \"name\": \"Tender\"}".formatted(account))
                .when().post("/api/stakeholders/decisions").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "eve", roles = "employee")
    @OidcSecurity(claims = @Claim(key = "sub", value = EVE))
    void someoneOffTheTeamFindsNoAssessments() {
        UUID person = seeded(rows.account());
        given().when().get("/api/stakeholders/" + person + "/assessments").then().statusCode(404);
    }

    private UUID seeded(UUID account) {
        UUID person = UUID.randomUUID();
        rows.execute("""
                insert into stakeholder (id, account_id, full_name, status, primary_contact, created_by, created_at,
                    updated_at, version)
                values (:id, :a, 'Seeded Person', 'ACTIVE', false, 'seed', now(), now(), 0)""",
                Map.of("id", person, "a", account));
        rows.execute("""
                insert into role_assessment (id, stakeholder_id, account_id, interest, involvement, classified_role,
                    role, reason, assessed_by, assessed_at)
                values (gen_random_uuid(), :id, :a, 4, 4, 'LEADER', 'LEADER', 'Seeded', 'seed', now())""",
                Map.of("id", person, "a", account));
        return person;
    }
}
