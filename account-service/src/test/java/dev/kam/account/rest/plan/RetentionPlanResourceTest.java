package dev.kam.account.rest.plan;

import static dev.kam.plumbing.testing.DemoUsers.ADA;
import static dev.kam.plumbing.testing.DemoUsers.DIANA;
import static dev.kam.plumbing.testing.DemoUsers.EVE;
import static dev.kam.plumbing.testing.DemoUsers.KATE;
import static dev.kam.plumbing.testing.DemoUsers.MAX;
import static dev.kam.plumbing.testing.DemoUsers.TOM;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import dev.kam.account.fixtures.Dossiers;
import dev.kam.account.repository.DossierAuditEntity;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Retention and loyalty plans: objectives, actions, progress and overdue actions. */
@QuarkusTest
class RetentionPlanResourceTest {

    @Inject
    Dossiers fixtures;

    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    private static ValidatableResponse addObjective(UUID accountId, Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body)
                .when().post("/api/accounts/{id}/plan/objectives", accountId).then();
    }

    private static ValidatableResponse addAction(UUID accountId, Object objectiveId, Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body)
                .when().post("/api/accounts/{id}/plan/objectives/{objectiveId}/actions", accountId, objectiveId)
                .then();
    }

    private static ValidatableResponse patch(UUID accountId, Object actionId, String ifMatch,
            Map<String, Object> body) {
        var request = given().contentType(ContentType.JSON).body(body);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.when().patch("/api/accounts/{id}/plan/actions/{actionId}", accountId, actionId).then();
    }

    private static Map<String, Object> action(String title, String ownerId, LocalDate dueOn) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        if (ownerId != null) {
            body.put("ownerId", ownerId);
        }
        body.put("dueOn", dueOn.toString());
        return body;
    }

    private static List<String> overdue(Boolean mine) {
        var request = given().queryParam("limit", 100);
        if (mine != null) {
            request.queryParam("mine", mine);
        }
        return request.when().get("/api/accounts/plan-actions/overdue")
                .then().statusCode(200).extract().path("items.actionId");
    }

    @Test
    @TestSecurity(user = "kate", roles = {"key-account-manager", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = KATE))
    void theKamSetsAnObjectiveWithAnActionForATeamMember() {
        UUID accountId = fixtures.keyAccountNeverContacted();

        String objectiveLocation = addObjective(accountId, Map.of("title", "Keep the framework contract",
                "description", "The new CFO re-tenders every supplier"))
                .statusCode(201)
                .header("Location", matchesPattern(".*/api/accounts/" + accountId + "/plan/objectives/[0-9a-f-]{36}"))
                .body("title", equalTo("Keep the framework contract"))
                .body("actions", hasSize(0))
                .extract().header("Location");
        String objectiveId = objectiveLocation.substring(objectiveLocation.lastIndexOf('/') + 1);

        String actionLocation = addAction(accountId, objectiveId, action("Present the TCO case", TOM,
                today().plusDays(7)))
                .statusCode(201)
                .header("Location", matchesPattern(".*/api/accounts/" + accountId + "/plan/actions/[0-9a-f-]{36}"))
                .header("ETag", "\"0\"")
                .body("objectiveId", equalTo(objectiveId))
                .body("ownerId", equalTo(TOM))
                .body("status", equalTo("PLANNED"))
                .body("overdue", equalTo(false))
                .extract().header("Location");

        given().when().get(actionLocation).then().statusCode(200).header("ETag", "\"0\"");
        given().when().get(objectiveLocation).then().statusCode(200).body("actions", hasSize(1));
        given().when().get("/api/accounts/{id}/plan", accountId).then()
                .statusCode(200)
                .body("objectives", hasSize(1))
                .body("objectives[0].description", equalTo("The new CFO re-tenders every supplier"))
                .body("objectives[0].actions[0].title", equalTo("Present the TCO case"))
                .body("overdueActions", equalTo(0));
        assertThat(fixtures.audit(accountId)).extracting(entry -> entry.action)
                .containsExactly("PLAN_OBJECTIVE_ADDED", "PLAN_ACTION_ADDED");
    }

    @Test
    @TestSecurity(user = "kate", roles = {"key-account-manager", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = KATE))
    void anActionWithoutOwnerBelongsToWhoeverAddedIt() {
        UUID accountId = fixtures.keyAccountNeverContacted();
        UUID objectiveId = fixtures.objective(accountId);

        addAction(accountId, objectiveId, action("Call the plant manager", null, today()))
                .statusCode(201)
                .body("ownerId", equalTo(KATE))
                .body("status", equalTo("PLANNED"))
                .body("completedOn", nullValue());
    }

    @Test
    @TestSecurity(user = "tom", roles = {"account-team-member", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = TOM))
    void thePlanShowsWhichActionsAreOverdue() {
        UUID accountId = fixtures.keyAccountNeverContacted();
        UUID objectiveId = fixtures.objective(accountId);
        UUID late = fixtures.action(accountId, objectiveId, TOM, today().minusDays(1), "IN_PROGRESS");
        UUID dueToday = fixtures.action(accountId, objectiveId, TOM, today(), "PLANNED");
        UUID doneLate = fixtures.action(accountId, objectiveId, KATE, today().minusDays(5), "DONE");

        given().when().get("/api/accounts/{id}/plan", accountId).then()
                .statusCode(200)
                .body("overdueActions", equalTo(1))
                .body("objectives[0].actions.id", contains(doneLate.toString(), late.toString(), dueToday.toString()))
                .body("objectives[0].actions.overdue", contains(false, true, false))
                .body("objectives[0].actions[1].daysOverdue", equalTo(1));
    }

    @Test
    @TestSecurity(user = "tom", roles = {"account-team-member", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = TOM))
    void aTeamMemberDoesNotChangeThePlan() {
        UUID accountId = fixtures.keyAccountNeverContacted();
        UUID objectiveId = fixtures.objective(accountId);

        addObjective(accountId, Map.of("title", "Mine")).statusCode(403).contentType("application/problem+json");
        addAction(accountId, objectiveId, action("Mine too", TOM, today()))
                .statusCode(403).contentType("application/problem+json");

        assertThat(fixtures.countOf("PlanObjectiveEntity", accountId)).isEqualTo(1);
        assertThat(fixtures.countOf("PlanActionEntity", accountId)).isZero();
    }

    @Test
    @TestSecurity(user = "tom", roles = {"account-team-member", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = TOM))
    void theOwnerOfAnActionReportsItsProgress() {
        UUID accountId = fixtures.keyAccountNeverContacted();
        UUID objectiveId = fixtures.objective(accountId);
        UUID actionId = fixtures.action(accountId, objectiveId, TOM, today().minusDays(2), "PLANNED");

        patch(accountId, actionId, "\"0\"", Map.of("status", "IN_PROGRESS"))
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("status", equalTo("IN_PROGRESS"))
                .body("overdue", equalTo(true));
        patch(accountId, actionId, "\"1\"", Map.of("status", "DONE"))
                .statusCode(200)
                .header("ETag", "\"2\"")
                .body("completedOn", equalTo(today().toString()))
                .body("overdue", equalTo(false));

        List<DossierAuditEntity> audit = fixtures.audit(accountId);
        assertThat(audit).extracting(entry -> entry.action).containsExactly("PLAN_ACTION_CHANGED",
                "PLAN_ACTION_CHANGED");
        assertThat(audit.get(1).actorId).isEqualTo(TOM);
        assertThat(audit.get(1).changes).contains("DONE", "completedOn");
    }

    @Test
    @TestSecurity(user = "tom", roles = {"account-team-member", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = TOM))
    void progressIsAllATeamMemberMayReportAndOnlyOnTheirOwnAction() {
        UUID accountId = fixtures.keyAccountNeverContacted();
        UUID objectiveId = fixtures.objective(accountId);
        UUID own = fixtures.action(accountId, objectiveId, TOM, today(), "PLANNED");
        UUID katesAction = fixtures.action(accountId, objectiveId, KATE, today(), "PLANNED");

        patch(accountId, own, "\"0\"", Map.of("dueOn", today().plusDays(30).toString()))
                .statusCode(403).contentType("application/problem+json");
        patch(accountId, own, "\"0\"", Map.of("status", "DONE", "title", "Renamed"))
                .statusCode(403).contentType("application/problem+json");
        patch(accountId, katesAction, "\"0\"", Map.of("status", "DONE"))
                .statusCode(403).contentType("application/problem+json");

        given().when().get("/api/accounts/{id}/plan/actions/{actionId}", accountId, own).then()
                .statusCode(200).header("ETag", "\"0\"").body("dueOn", equalTo(today().toString()));
        assertThat(fixtures.audit(accountId)).isEmpty();
    }

    @Test
    @TestSecurity(user = "kate", roles = {"key-account-manager", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = KATE))
    void theKamChangesAnyActionOfThePlan() {
        UUID accountId = fixtures.keyAccountNeverContacted();
        UUID objectiveId = fixtures.objective(accountId);
        UUID actionId = fixtures.action(accountId, objectiveId, TOM, today(), "PLANNED");

        patch(accountId, actionId, "\"0\"", Map.of("dueOn", today().plusDays(14).toString(), "ownerId", KATE,
                "title", "Present the TCO case to the CFO"))
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("dueOn", equalTo(today().plusDays(14).toString()))
                .body("ownerId", equalTo(KATE))
                .body("title", equalTo("Present the TCO case to the CFO"));
    }

    @Test
    @TestSecurity(user = "tom", roles = {"account-team-member", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = TOM))
    void progressNeedsTheVersionTheOwnerRead() {
        UUID accountId = fixtures.keyAccountNeverContacted();
        UUID actionId = fixtures.action(accountId, fixtures.objective(accountId), TOM, today(), "PLANNED");

        patch(accountId, actionId, null, Map.of("status", "DONE"))
                .statusCode(428).contentType("application/problem+json");
        patch(accountId, actionId, "\"3\"", Map.of("status", "DONE"))
                .statusCode(412).contentType("application/problem+json");

        given().when().get("/api/accounts/{id}/plan/actions/{actionId}", accountId, actionId).then()
                .statusCode(200).body("status", equalTo("PLANNED"));
    }

    @Test
    @TestSecurity(user = "kate", roles = {"key-account-manager", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = KATE))
    void invalidPlanChangesAreRefusedAndNothingIsStored() {
        UUID accountId = fixtures.keyAccountNeverContacted();
        UUID objectiveId = fixtures.objective(accountId);
        UUID actionId = fixtures.action(accountId, objectiveId, TOM, today(), "PLANNED");

        addObjective(accountId, Map.of("title", "")).statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem(containsString("title")));
        addAction(accountId, objectiveId, Map.of("title", "No due date")).statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem(containsString("dueOn")));
        addAction(accountId, objectiveId, action("Outsider's", EVE, today())).statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://kam.dev/problems/rules/owner-not-on-team"));
        addAction(accountId, UUID.randomUUID(), action("Nowhere", TOM, today())).statusCode(404)
                .contentType("application/problem+json");
        patch(accountId, actionId, "\"0\"", Map.of()).statusCode(400).contentType("application/problem+json");
        patch(accountId, actionId, "\"0\"", Map.of("ownerId", EVE)).statusCode(422)
                .contentType("application/problem+json");

        assertThat(fixtures.countOf("PlanObjectiveEntity", accountId)).isEqualTo(1);
        assertThat(fixtures.countOf("PlanActionEntity", accountId)).isEqualTo(1);
        assertThat(fixtures.audit(accountId)).isEmpty();
    }

    @Test
    @TestSecurity(user = "kate", roles = {"key-account-manager", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = KATE))
    void aPlanStaysShortEnoughToBeFollowed() {
        UUID accountId = fixtures.keyAccountNeverContacted();
        UUID objectiveId = null;
        for (int i = 0; i < 20; i++) {
            objectiveId = fixtures.objective(accountId);
        }
        for (int i = 0; i < 30; i++) {
            fixtures.action(accountId, objectiveId, TOM, today(), "PLANNED");
        }

        addObjective(accountId, Map.of("title", "The 21st")).statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("https://kam.dev/problems/rules/plan-objectives-limit"));
        addAction(accountId, objectiveId, action("The 31st", TOM, today())).statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://kam.dev/problems/rules/plan-actions-limit"));
    }

    @Test
    @TestSecurity(user = "kate", roles = {"key-account-manager", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = KATE))
    void anObjectiveOrActionOfAnotherAccountIsNotFound() {
        UUID accountId = fixtures.keyAccountNeverContacted();
        UUID otherAccount = fixtures.keyAccountNeverContacted();
        UUID objectiveElsewhere = fixtures.objective(otherAccount);
        UUID actionElsewhere = fixtures.action(otherAccount, objectiveElsewhere, TOM, today(), "PLANNED");

        given().when().get("/api/accounts/{id}/plan/objectives/{objectiveId}", accountId, objectiveElsewhere)
                .then().statusCode(404).contentType("application/problem+json");
        addAction(accountId, objectiveElsewhere, action("Cross-account", TOM, today()))
                .statusCode(404).contentType("application/problem+json");
        patch(accountId, actionElsewhere, "\"0\"", Map.of("status", "DONE"))
                .statusCode(404).contentType("application/problem+json");
        given().when().get("/api/accounts/{id}/plan/actions/{actionId}", accountId, UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "eve", roles = {"employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = EVE))
    void someoneOffTheTeamSeesNoPlan() {
        UUID accountId = fixtures.keyAccountNeverContacted();
        UUID actionId = fixtures.action(accountId, fixtures.objective(accountId), TOM, today().minusDays(3000),
                "PLANNED");

        given().when().get("/api/accounts/{id}/plan", accountId).then()
                .statusCode(404).contentType("application/problem+json");
        patch(accountId, actionId, "\"0\"", Map.of("status", "DONE"))
                .statusCode(404).contentType("application/problem+json");
        addObjective(accountId, Map.of("title", "Sneaky")).statusCode(404).contentType("application/problem+json");
        assertThat(overdue(null)).doesNotContain(actionId.toString());
    }

    @Test
    @TestSecurity(user = "max", roles = {"marketing", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = MAX))
    void marketingDoesNotReadThePlan() {
        UUID accountId = fixtures.keyAccountNeverContacted();
        given().when().get("/api/accounts/{id}/plan", accountId).then()
                .statusCode(403).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "diana", roles = {"sales-director", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = DIANA))
    void theSalesDirectorReadsEveryPlanButChangesNone() {
        UUID accountId = fixtures.keyAccountNeverContacted();
        UUID actionId = fixtures.action(accountId, fixtures.objective(accountId), TOM, today().minusDays(3000),
                "PLANNED");

        given().when().get("/api/accounts/{id}/plan", accountId).then().statusCode(200)
                .body("overdueActions", equalTo(1));
        assertThat(overdue(null)).contains(actionId.toString());
        addObjective(accountId, Map.of("title", "Director's")).statusCode(403)
                .contentType("application/problem+json");
        patch(accountId, actionId, "\"0\"", Map.of("status", "DONE")).statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "ada", roles = {"kam-admin", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = ADA))
    void theKamAdminMayChangeAnyPlan() {
        UUID accountId = fixtures.keyAccountNeverContacted();
        addObjective(accountId, Map.of("title", "Hand-over plan")).statusCode(201);
    }

    @Test
    @TestSecurity(user = "tom", roles = {"account-team-member", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = TOM))
    void overdueActionsComeLongestOverdueFirstAndMineAreMine() {
        UUID accountId = fixtures.keyAccountNeverContacted();
        UUID objectiveId = fixtures.objective(accountId);
        UUID mostOverdue = fixtures.action(accountId, objectiveId, TOM, today().minusDays(3000), "PLANNED");
        UUID katesOverdue = fixtures.action(accountId, objectiveId, KATE, today().minusDays(2990), "IN_PROGRESS");
        UUID done = fixtures.action(accountId, objectiveId, TOM, today().minusDays(3000), "DONE");
        UUID dueToday = fixtures.action(accountId, objectiveId, TOM, today(), "PLANNED");

        assertThat(overdue(null)).containsSubsequence(mostOverdue.toString(), katesOverdue.toString())
                .doesNotContain(done.toString(), dueToday.toString());
        assertThat(overdue(true)).contains(mostOverdue.toString()).doesNotContain(katesOverdue.toString());
        given().queryParam("limit", 100).when().get("/api/accounts/plan-actions/overdue").then()
                .body("items.find { it.actionId == '" + mostOverdue + "' }.daysOverdue", equalTo(3000))
                .body("items.find { it.actionId == '" + mostOverdue + "' }.accountId", equalTo(accountId.toString()))
                .body("items.find { it.actionId == '" + mostOverdue + "' }.accountName", notNullValue());
    }

    @Test
    @TestSecurity(user = "kate", roles = {"key-account-manager", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = KATE))
    void overdueActionsArePagedAndCheckTheirParameters() {
        UUID accountId = fixtures.keyAccountNeverContacted();
        UUID objectiveId = fixtures.objective(accountId);
        fixtures.action(accountId, objectiveId, KATE, today().minusDays(3200), "PLANNED");
        fixtures.action(accountId, objectiveId, KATE, today().minusDays(3190), "PLANNED");

        String cursor = given().queryParam("limit", 1).queryParam("mine", true)
                .when().get("/api/accounts/plan-actions/overdue")
                .then().statusCode(200).body("items[0].daysOverdue", equalTo(3200))
                .body("nextCursor", notNullValue()).extract().path("nextCursor");
        given().queryParam("limit", 1).queryParam("mine", true).queryParam("cursor", cursor)
                .when().get("/api/accounts/plan-actions/overdue")
                .then().statusCode(200).body("items[0].daysOverdue", equalTo(3190));

        given().queryParam("mine", "maybe").when().get("/api/accounts/plan-actions/overdue")
                .then().statusCode(400).contentType("application/problem+json");
        given().queryParam("cursor", "x").when().get("/api/accounts/plan-actions/overdue")
                .then().statusCode(400).contentType("application/problem+json");
    }
}
