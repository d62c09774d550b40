package dev.kam.account.rest.problem;

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

/** The client's problems and tasks, and the important ones still open across the portfolio. */
@QuarkusTest
class ProblemResourceTest {

    @Inject
    Dossiers fixtures;

    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    private static Map<String, Object> problem(String title) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("description", "Trucks arrive after the shift change");
        body.put("importance", "HIGH");
        body.put("weCanSolve", true);
        body.put("competitorBetter", false);
        return body;
    }

    @Test
    @TestSecurity(user = "kate", roles = {"key-account-manager", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = KATE))
    void aBlankOwnerIsA400NamingOwnerId() {
        UUID accountId = fixtures.keyAccountNeverContacted();
        Map<String, Object> body = problem("Price pressure from the new CFO");
        body.put("ownerId", " ");

        record(accountId, body).statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem(containsString("ownerId")));
        assertThat(fixtures.countOf("ClientProblemEntity", accountId)).isZero();
    }

    private static ValidatableResponse record(UUID accountId, Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body)
                .when().post("/api/accounts/{id}/problems", accountId)
                .then();
    }

    private static ValidatableResponse patch(UUID accountId, String problemId, String ifMatch,
            Map<String, Object> body) {
        var request = given().contentType(ContentType.JSON).body(body);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.when().patch("/api/accounts/{id}/problems/{problemId}", accountId, problemId).then();
    }

    private static List<String> openImportant(int minAgeDays) {
        return given().queryParam("minAgeDays", minAgeDays).queryParam("limit", 100)
                .when().get("/api/accounts/problems/open-important")
                .then().statusCode(200).extract().path("items.problemId");
    }

    @Test
    @TestSecurity(user = "tom", roles = {"account-team-member", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = TOM))
    void aTeamMemberRecordsAProblemTheyOwnUnlessSaidOtherwise() {
        UUID accountId = fixtures.keyAccountNeverContacted();

        String location = record(accountId, problem("Late deliveries"))
                .statusCode(201)
                .header("Location", matchesPattern(".*/api/accounts/" + accountId + "/problems/[0-9a-f-]{36}"))
                .header("ETag", "\"0\"")
                .body("title", equalTo("Late deliveries"))
                .body("importance", equalTo("HIGH"))
                .body("weCanSolve", equalTo(true))
                .body("competitorBetter", equalTo(false))
                .body("ownerId", equalTo(TOM))
                .body("status", equalTo("OPEN"))
                .body("openedOn", equalTo(today().toString()))
                .body("resolvedOn", nullValue())
                .body("ageDays", equalTo(0))
                .extract().header("Location");

        given().when().get(location).then().statusCode(200).header("ETag", "\"0\"")
                .body("description", equalTo("Trucks arrive after the shift change"));
        List<DossierAuditEntity> audit = fixtures.audit(accountId);
        assertThat(audit).extracting(entry -> entry.action).containsExactly("PROBLEM_RECORDED");
        assertThat(audit.get(0).actorId).isEqualTo(TOM);
        assertThat(audit.get(0).changes).contains("Late deliveries", "HIGH").doesNotContain("shift change");
    }

    @Test
    @TestSecurity(user = "kate", roles = {"key-account-manager", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = KATE))
    void theKamRecordsAProblemForATeamMemberOpenedEarlier() {
        UUID accountId = fixtures.keyAccountNeverContacted();
        Map<String, Object> body = problem("Price pressure from the new CFO");
        body.put("ownerId", TOM);
        body.put("openedOn", today().minusDays(10).toString());
        body.put("importance", "CRITICAL");
        body.put("competitorBetter", true);

        record(accountId, body).statusCode(201)
                .body("ownerId", equalTo(TOM))
                .body("ageDays", equalTo(10))
                .body("competitorBetter", equalTo(true));
    }

    @Test
    @TestSecurity(user = "kate", roles = {"key-account-manager", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = KATE))
    void aProblemOwnedBySomeoneOffTheTeamOrOpenedInTheFutureIsRefused() {
        UUID accountId = fixtures.keyAccountNeverContacted();
        Map<String, Object> outsider = problem("Owned by an outsider");
        outsider.put("ownerId", EVE);
        Map<String, Object> future = problem("Opened tomorrow");
        future.put("openedOn", today().plusDays(1).toString());

        record(accountId, outsider).statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("https://kam.dev/problems/rules/owner-not-on-team"));
        record(accountId, future).statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("https://kam.dev/problems/rules/problem-opened-in-future"));

        assertThat(fixtures.countOf("ClientProblemEntity", accountId)).isZero();
        assertThat(fixtures.audit(accountId)).isEmpty();
    }

    @Test
    @TestSecurity(user = "kate", roles = {"key-account-manager", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = KATE))
    void anIncompleteProblemIsA400AndNothingIsStored() {
        UUID accountId = fixtures.keyAccountNeverContacted();
        Map<String, Object> body = problem(" ");
        body.remove("importance");
        body.remove("weCanSolve");

        record(accountId, body).statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem(containsString("title")))
                .body("violations.field", hasItem(containsString("importance")))
                .body("violations.field", hasItem(containsString("weCanSolve")));
        Map<String, Object> longTitle = problem("x".repeat(201));
        record(accountId, longTitle).statusCode(400).contentType("application/problem+json");

        assertThat(fixtures.countOf("ClientProblemEntity", accountId)).isZero();
    }

    @Test
    @TestSecurity(user = "tom", roles = {"account-team-member", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = TOM))
    void solvingAProblemResolvesItTodayAndReopeningClearsThat() {
        UUID accountId = fixtures.keyAccountNeverContacted();
        String id = fixtures.problem(accountId, "HIGH", "OPEN", today().minusDays(7), TOM).toString();

        patch(accountId, id, "\"0\"", Map.of("status", "SOLVED"))
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("status", equalTo("SOLVED"))
                .body("resolvedOn", equalTo(today().toString()))
                .body("ageDays", equalTo(7))
                .body("version", equalTo(1));
        patch(accountId, id, "\"1\"", Map.of("status", "IN_PROGRESS"))
                .statusCode(200)
                .header("ETag", "\"2\"")
                .body("resolvedOn", nullValue());

        List<DossierAuditEntity> audit = fixtures.audit(accountId);
        assertThat(audit).extracting(entry -> entry.action).containsExactly("PROBLEM_CHANGED", "PROBLEM_CHANGED");
        assertThat(audit.get(0).changes).contains("SOLVED", "resolvedOn", id);
    }

    @Test
    @TestSecurity(user = "kate", roles = {"key-account-manager", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = KATE))
    void aChangeWithoutOrWithAStaleVersionChangesNothing() {
        UUID accountId = fixtures.keyAccountNeverContacted();
        String id = fixtures.problem(accountId, "HIGH", "OPEN", today(), KATE).toString();

        patch(accountId, id, null, Map.of("status", "SOLVED"))
                .statusCode(428).contentType("application/problem+json");
        patch(accountId, id, "\"7\"", Map.of("status", "SOLVED"))
                .statusCode(412).contentType("application/problem+json");

        given().when().get("/api/accounts/{id}/problems/{problemId}", accountId, id).then()
                .statusCode(200).header("ETag", "\"0\"").body("status", equalTo("OPEN"));
        assertThat(fixtures.audit(accountId)).isEmpty();
    }

    @Test
    @TestSecurity(user = "kate", roles = {"key-account-manager", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = KATE))
    void anEmptyChangeOrAnOwnerOffTheTeamIsRefused() {
        UUID accountId = fixtures.keyAccountNeverContacted();
        String id = fixtures.problem(accountId, "HIGH", "OPEN", today(), KATE).toString();

        patch(accountId, id, "\"0\"", Map.of()).statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("at least one field"));
        patch(accountId, id, "\"0\"", Map.of("ownerId", EVE)).statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://kam.dev/problems/rules/owner-not-on-team"));

        given().when().get("/api/accounts/{id}/problems/{problemId}", accountId, id).then()
                .statusCode(200).header("ETag", "\"0\"").body("ownerId", equalTo(KATE));
    }

    @Test
    @TestSecurity(user = "kate", roles = {"key-account-manager", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = KATE))
    void replacingAProblemRewritesEveryFieldAndClearsAnOmittedDescription() {
        UUID accountId = fixtures.keyAccountNeverContacted();
        String id = record(accountId, problem("Late deliveries")).statusCode(201).extract().path("id");
        Map<String, Object> replacement = new HashMap<>(Map.of("title", "Late deliveries to Lyon",
                "importance", "CRITICAL", "weCanSolve", false, "competitorBetter", true, "ownerId", TOM,
                "status", "DROPPED", "openedOn", today().minusDays(3).toString()));

        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(replacement)
                .when().put("/api/accounts/{id}/problems/{problemId}", accountId, id)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("title", equalTo("Late deliveries to Lyon"))
                .body("description", nullValue())
                .body("importance", equalTo("CRITICAL"))
                .body("weCanSolve", equalTo(false))
                .body("ownerId", equalTo(TOM))
                .body("status", equalTo("DROPPED"))
                .body("resolvedOn", equalTo(today().toString()))
                .body("ageDays", equalTo(3));

        replacement.remove("status");
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(replacement)
                .when().put("/api/accounts/{id}/problems/{problemId}", accountId, id)
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem(containsString("status")));
    }

    @Test
    @TestSecurity(user = "kate", roles = {"key-account-manager", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = KATE))
    void problemsAreListedMostRecentlyOpenedFirstWithFilters() {
        UUID accountId = fixtures.keyAccountNeverContacted();
        UUID old = fixtures.problem(accountId, "HIGH", "OPEN", today().minusDays(30), KATE);
        UUID solved = fixtures.problem(accountId, "LOW", "SOLVED", today().minusDays(20), KATE);
        UUID recent = fixtures.problem(accountId, "HIGH", "IN_PROGRESS", today().minusDays(1), TOM);

        String cursor = given().queryParam("limit", 2).when().get("/api/accounts/{id}/problems", accountId)
                .then().statusCode(200)
                .body("items.id", contains(recent.toString(), solved.toString()))
                .body("nextCursor", notNullValue())
                .extract().path("nextCursor");
        given().queryParam("limit", 2).queryParam("cursor", cursor)
                .when().get("/api/accounts/{id}/problems", accountId)
                .then().statusCode(200).body("items.id", contains(old.toString())).body("nextCursor", nullValue());
        given().queryParam("importance", "HIGH").when().get("/api/accounts/{id}/problems", accountId)
                .then().statusCode(200).body("items.id", contains(recent.toString(), old.toString()));
        given().queryParam("status", "SOLVED").when().get("/api/accounts/{id}/problems", accountId)
                .then().statusCode(200).body("items.id", contains(solved.toString()));
        given().queryParam("status", "CLOSED").when().get("/api/accounts/{id}/problems", accountId)
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "kate", roles = {"key-account-manager", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = KATE))
    void aProblemOfAnotherAccountOrNoneAtAllIsNotFound() {
        UUID accountId = fixtures.keyAccountNeverContacted();
        UUID elsewhere = fixtures.problem(fixtures.keyAccountNeverContacted(), "HIGH", "OPEN", today(), KATE);

        given().when().get("/api/accounts/{id}/problems/{problemId}", accountId, elsewhere)
                .then().statusCode(404).contentType("application/problem+json");
        patch(accountId, elsewhere.toString(), "\"0\"", Map.of("status", "SOLVED"))
                .statusCode(404).contentType("application/problem+json");
        given().when().get("/api/accounts/{id}/problems/{problemId}", accountId, UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "eve", roles = {"employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = EVE))
    void someoneOffTheTeamSeesNoProblems() {
        UUID accountId = fixtures.keyAccountNeverContacted();
        UUID problemId = fixtures.problem(accountId, "CRITICAL", "OPEN", today().minusDays(3000), KATE);

        record(accountId, problem("Sneaky")).statusCode(404).contentType("application/problem+json");
        given().when().get("/api/accounts/{id}/problems", accountId)
                .then().statusCode(404).contentType("application/problem+json");
        patch(accountId, problemId.toString(), "\"0\"", Map.of("status", "SOLVED"))
                .statusCode(404).contentType("application/problem+json");
        assertThat(openImportant(2900)).doesNotContain(problemId.toString());
        assertThat(fixtures.countOf("ClientProblemEntity", accountId)).isEqualTo(1);
    }

    @Test
    @TestSecurity(user = "max", roles = {"marketing", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = MAX))
    void marketingSeesNoProblems() {
        UUID accountId = fixtures.keyAccountNeverContacted();
        UUID problemId = fixtures.problem(accountId, "CRITICAL", "OPEN", today().minusDays(3000), KATE);

        given().when().get("/api/accounts/{id}/problems", accountId)
                .then().statusCode(403).contentType("application/problem+json");
        assertThat(openImportant(2900)).doesNotContain(problemId.toString());
    }

    @Test
    @TestSecurity(user = "diana", roles = {"sales-director", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = DIANA))
    void theSalesDirectorReadsEveryAccountsProblemsButChangesNone() {
        UUID accountId = fixtures.keyAccountNeverContacted();
        UUID problemId = fixtures.problem(accountId, "CRITICAL", "OPEN", today().minusDays(3000), KATE);

        given().when().get("/api/accounts/{id}/problems", accountId)
                .then().statusCode(200).body("items.id", contains(problemId.toString()));
        assertThat(openImportant(2900)).contains(problemId.toString());
        patch(accountId, problemId.toString(), "\"0\"", Map.of("status", "SOLVED"))
                .statusCode(403).contentType("application/problem+json");
        record(accountId, problem("Director's problem")).statusCode(403).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "tom", roles = {"account-team-member", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = TOM))
    void openImportantProblemsComeOldestFirstFromMyTeamsAccounts() {
        UUID accountId = fixtures.keyAccountNeverContacted();
        UUID oldest = fixtures.problem(accountId, "HIGH", "OPEN", today().minusDays(3000), KATE);
        UUID older = fixtures.problem(accountId, "CRITICAL", "IN_PROGRESS", today().minusDays(2950), TOM);
        UUID solved = fixtures.problem(accountId, "CRITICAL", "SOLVED", today().minusDays(3000), KATE);
        UUID minor = fixtures.problem(accountId, "MEDIUM", "OPEN", today().minusDays(3000), KATE);
        UUID recent = fixtures.problem(accountId, "HIGH", "OPEN", today().minusDays(2), KATE);

        List<String> aged = openImportant(2900);
        assertThat(aged).containsSubsequence(oldest.toString(), older.toString())
                .doesNotContain(solved.toString(), minor.toString(), recent.toString());
        assertThat(openImportant(0)).containsSubsequence(oldest.toString(), older.toString(), recent.toString());
        given().queryParam("minAgeDays", 2900).queryParam("limit", 100)
                .when().get("/api/accounts/problems/open-important")
                .then().statusCode(200)
                .body("items.find { it.problemId == '" + oldest + "' }.accountId", equalTo(accountId.toString()))
                .body("items.find { it.problemId == '" + oldest + "' }.accountName", notNullValue())
                .body("items.find { it.problemId == '" + oldest + "' }.ageDays", equalTo(3000));
    }

    @Test
    @TestSecurity(user = "kate", roles = {"key-account-manager", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = KATE))
    void openImportantProblemsArePagedAndCheckTheirParameters() {
        UUID accountId = fixtures.keyAccountNeverContacted();
        fixtures.problem(accountId, "HIGH", "OPEN", today().minusDays(3100), KATE);
        fixtures.problem(accountId, "HIGH", "OPEN", today().minusDays(3090), KATE);

        String cursor = given().queryParam("minAgeDays", 3050).queryParam("limit", 1)
                .when().get("/api/accounts/problems/open-important")
                .then().statusCode(200).body("nextCursor", notNullValue()).extract().path("nextCursor");
        given().queryParam("minAgeDays", 3050).queryParam("limit", 1).queryParam("cursor", cursor)
                .when().get("/api/accounts/problems/open-important")
                .then().statusCode(200).body("items[0].ageDays", equalTo(3090));

        given().queryParam("minAgeDays", -1).when().get("/api/accounts/problems/open-important")
                .then().statusCode(400).contentType("application/problem+json");
        given().queryParam("minAgeDays", "old").when().get("/api/accounts/problems/open-important")
                .then().statusCode(400).contentType("application/problem+json");
    }
}
