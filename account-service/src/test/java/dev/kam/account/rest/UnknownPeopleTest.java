package dev.kam.account.rest;

import static dev.kam.plumbing.testing.DemoUsers.ADA;
import static dev.kam.plumbing.testing.DemoUsers.KATE;
import static dev.kam.plumbing.testing.DemoUsers.TOM;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import dev.kam.account.fixtures.DossierRequests;
import dev.kam.account.fixtures.Dossiers;
import dev.kam.kernel.UserId;
import dev.kam.plumbing.directory.PeopleDirectory;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Only people the identity provider knows join a team, own a dossier, a plan action or a problem, or
 * are recorded as our participants at a meeting (docs/adr/0015). Anyone else is a 422 naming the
 * field, and nothing of the dossier changes. The demo users are real Keycloak users; "ghost-1" and
 * a fresh UUID are not.
 */
@QuarkusTest
class UnknownPeopleTest {

    private static final String UNKNOWN_PERSON = "https://kam.dev/problems/unknown-person";

    @Inject
    Dossiers dossiers;

    @Inject
    PeopleDirectory directory;

    /**
     * The first question after start-up fetches the directory client's token and may outlast the
     * lookup's timeout on a loaded machine (a 503, by design); the refusals under test come after it.
     */
    @BeforeEach
    void theDirectoryAnswers() {
        Awaitility.await().atMost(Duration.ofSeconds(30)).ignoreExceptions()
                .until(() -> directory.knows(UserId.of(KATE)));
    }

    static List<String> strangers() {
        return List.of("ghost-1", UUID.randomUUID().toString());
    }

    @ParameterizedTest
    @MethodSource("strangers")
    @TestSecurity(user = "kate", roles = {"key-account-manager", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = KATE))
    void aStrangerDoesNotJoinTheTeam(String stranger) {
        UUID id = dossiers.keyAccount();
        Map<String, Object> before = dossiers.storedAccount(id);

        refused(given().contentType(ContentType.JSON)
                .body(Map.of("userId", stranger, "teamRole", "TEAM_MEMBER", "zone", "Logistics"))
                .when().post("/api/accounts/{id}/team/members", id).then(), "userId");

        assertDossierUntouched(id, before);
    }

    @ParameterizedTest
    @MethodSource("strangers")
    @TestSecurity(user = "kate", roles = {"key-account-manager", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = KATE))
    void theDossierIsNotHandedToAStranger(String stranger) {
        UUID id = dossiers.keyAccount();
        Map<String, Object> before = dossiers.storedAccount(id);

        refused(given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("newOwnerId", stranger, "zone", "Owner from March"))
                .when().post("/api/accounts/{id}/ownership-transfers", id).then(), "newOwnerId");

        assertDossierUntouched(id, before);
    }

    @ParameterizedTest
    @MethodSource("strangers")
    @TestSecurity(user = "ada", roles = {"kam-admin", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = ADA))
    void aKamAdminCannotRegisterADossierForAStranger(String stranger) {
        String legalId = Dossiers.newLegalId();
        Map<String, Object> body = DossierRequests.registration(legalId);
        body.put("ownerId", stranger);

        refused(given().contentType(ContentType.JSON).body(body).when().post("/api/accounts").then(), "ownerId");

        assertThat(dossiers.accountsWithLegalId(legalId)).isZero();
    }

    @ParameterizedTest
    @MethodSource("strangers")
    @TestSecurity(user = "kate", roles = {"key-account-manager", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = KATE))
    void aStrangerIsNotRecordedAsOneOfOurParticipants(String stranger) {
        UUID id = dossiers.keyAccount();
        Map<String, Object> before = dossiers.storedAccount(id);
        Map<String, Object> body = DossierRequests.interaction("MEETING", DossierRequests.hoursAgo(2));
        body.put("ourParticipantIds", List.of(KATE, stranger));

        refused(DossierRequests.log(id, body), "ourParticipantIds[1]");

        assertThat(dossiers.countOf("InteractionEntity", id)).isZero();
        assertDossierUntouched(id, before);
    }

    @ParameterizedTest
    @MethodSource("strangers")
    @TestSecurity(user = "kate", roles = {"key-account-manager", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = KATE))
    void aStrangerOwnsNoPlanAction(String stranger) {
        UUID id = dossiers.keyAccount();
        UUID objective = dossiers.objective(id);
        UUID existing = dossiers.action(id, objective, TOM, today().plusDays(10), "PLANNED");
        Map<String, Object> action = new HashMap<>(Map.of("title", "Present the TCO case",
                "ownerId", stranger, "dueOn", today().plusDays(7).toString()));

        refused(given().contentType(ContentType.JSON).body(action)
                .when().post("/api/accounts/{id}/plan/objectives/{objectiveId}/actions", id, objective).then(),
                "ownerId");
        refused(given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Map.of("ownerId", stranger))
                .when().patch("/api/accounts/{id}/plan/actions/{actionId}", id, existing).then(), "ownerId");

        assertThat(dossiers.countOf("PlanActionEntity", id)).isOne();
        given().when().get("/api/accounts/{id}/plan/actions/{actionId}", id, existing)
                .then().statusCode(200).header("ETag", "\"0\"").body("ownerId", equalTo(TOM));
        assertThat(dossiers.auditActionsOf(id)).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("strangers")
    @TestSecurity(user = "kate", roles = {"key-account-manager", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = KATE))
    void aStrangerOwnsNoProblem(String stranger) {
        UUID id = dossiers.keyAccount();
        UUID existing = dossiers.problem(id, "HIGH", "OPEN", today().minusDays(3), TOM);
        Map<String, Object> problem = new HashMap<>(Map.of("title", "Late deliveries", "importance", "HIGH",
                "weCanSolve", true, "competitorBetter", false, "ownerId", stranger));

        refused(given().contentType(ContentType.JSON).body(problem)
                .when().post("/api/accounts/{id}/problems", id).then(), "ownerId");
        refused(given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Map.of("ownerId", stranger))
                .when().patch("/api/accounts/{id}/problems/{problemId}", id, existing).then(), "ownerId");

        assertThat(dossiers.countOf("ClientProblemEntity", id)).isOne();
        given().when().get("/api/accounts/{id}/problems/{problemId}", id, existing)
                .then().statusCode(200).header("ETag", "\"0\"").body("ownerId", equalTo(TOM));
        assertThat(dossiers.auditActionsOf(id)).isEmpty();
    }

    private static void refused(ValidatableResponse response, String field) {
        response.statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo(UNKNOWN_PERSON))
                .body("violations", hasSize(1))
                .body("violations[0].field", equalTo(field));
    }

    /** Same version, owner and members; nothing audited and nothing announced. */
    private void assertDossierUntouched(UUID id, Map<String, Object> before) {
        assertThat(dossiers.storedAccount(id)).isEqualTo(before);
        assertThat(dossiers.auditActionsOf(id)).isEmpty();
        assertThat(dossiers.eventsOf(id)).isEmpty();
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }
}
