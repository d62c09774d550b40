package dev.kam.account.rest.interaction;

import static dev.kam.account.fixtures.DossierRequests.BUYER;
import static dev.kam.account.fixtures.DossierRequests.SUMMARY;
import static dev.kam.account.fixtures.DossierRequests.hoursAgo;
import static dev.kam.account.fixtures.DossierRequests.interaction;
import static dev.kam.account.fixtures.DossierRequests.log;
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
import dev.kam.account.repository.AccountEntity;
import dev.kam.account.repository.DossierAuditEntity;
import dev.kam.events.EventSchemaValidator;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Logging and reading the relationship history of an account. */
@QuarkusTest
class InteractionResourceTest {

    static final String INTERACTION_LOGGED = "dev.kam.account.interaction-logged.v1";

    @Inject
    Dossiers fixtures;

    private void assertNothingStored(UUID accountId) {
        assertThat(fixtures.countOf("InteractionEntity", accountId)).isZero();
        assertThat(fixtures.countOf("ConcessionEntity", accountId)).isZero();
        assertThat(fixtures.outbox(accountId, null)).isEmpty();
        assertThat(fixtures.audit(accountId)).isEmpty();
        assertThat(fixtures.reloadAccount(accountId).lastContactAt).isNull();
    }

    @Test
    @TestSecurity(user = "tom", roles = {"account-team-member", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = TOM))
    void aTeamMemberLogsAMeetingAndReadsItBack() {
        UUID accountId = fixtures.keyAccountNeverContacted();
        Instant at = hoursAgo(2);

        String location = log(accountId, interaction("MEETING", at))
                .statusCode(201)
                .header("Location", matchesPattern(".*/api/accounts/" + accountId + "/interactions/[0-9a-f-]{36}"))
                .body("kind", equalTo("MEETING"))
                .body("occurredAt", equalTo(at.toString()))
                .body("ourParticipantIds", contains(TOM))
                .body("stakeholderIds", contains(BUYER))
                .body("summary", equalTo(SUMMARY))
                .body("outcome", equalTo("NEUTRAL"))
                .body("followUpOn", equalTo("2026-12-01"))
                .body("loggedBy", equalTo(TOM))
                .extract().header("Location");

        given().when().get(location).then()
                .statusCode(200)
                .body("accountId", equalTo(accountId.toString()))
                .body("nextStep", equalTo("Send the delivery recovery plan"))
                .body("concessions", hasSize(0));
    }

    @Test
    @TestSecurity(user = "tom", roles = {"account-team-member", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = TOM))
    void theClientsPeopleAreNamedAsContactServiceLastAnnouncedThem() {
        UUID accountId = fixtures.keyAccountNeverContacted();
        UUID known = UUID.randomUUID();
        UUID unknown = UUID.randomUUID();
        fixtures.execute("""
                insert into stakeholder_name (stakeholder_id, account_id, name, named_at)
                values (:id, :account, 'Jana Novak-Berger', now())""", Map.of("id", known, "account", accountId));
        Map<String, Object> body = interaction("MEETING", hoursAgo(3));
        body.put("stakeholderIds", List.of(known.toString(), unknown.toString()));

        String location = log(accountId, body).statusCode(201)
                .body("stakeholders.id", contains(known.toString(), unknown.toString()))
                .body("stakeholders[0].name", equalTo("Jana Novak-Berger"))
                .body("stakeholders[1].name", nullValue())
                .extract().header("Location");

        given().when().get(location).then().statusCode(200)
                .body("stakeholders[0].name", equalTo("Jana Novak-Berger"));
        fixtures.execute("delete from stakeholder_name where stakeholder_id = :id", Map.of("id", known));
        given().when().get("/api/accounts/{id}/interactions", accountId).then().statusCode(200)
                .body("items[0].stakeholders[0].id", equalTo(known.toString()))
                .body("items[0].stakeholders[0].name", nullValue());
    }

    @Test
    @TestSecurity(user = "tom", roles = {"account-team-member", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = TOM))
    void aRetryWithTheSameIdempotencyKeyLogsOnceAndAnswersTheSame() {
        UUID accountId = fixtures.keyAccountNeverContacted();
        Map<String, Object> body = interaction("CALL", hoursAgo(1));
        String key = "retry-" + UUID.randomUUID();

        String first = given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .when().post("/api/accounts/{id}/interactions", accountId)
                .then().statusCode(201).extract().header("Location");
        String second = given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .when().post("/api/accounts/{id}/interactions", accountId)
                .then().statusCode(201).extract().header("Location");

        assertThat(second).isEqualTo(first);
        assertThat(fixtures.countOf("InteractionEntity", accountId)).isEqualTo(1);
        assertThat(fixtures.outbox(accountId, INTERACTION_LOGGED)).hasSize(1);

        body.put("outcome", "NEGATIVE");
        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .when().post("/api/accounts/{id}/interactions", accountId)
                .then().statusCode(422).contentType("application/problem+json");
        assertThat(fixtures.countOf("InteractionEntity", accountId)).isEqualTo(1);
    }

    @Test
    @TestSecurity(user = "kate", roles = {"key-account-manager", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = KATE))
    void theAccountsHealthFollowsALoggedContactAtOnce() {
        UUID accountId = fixtures.keyAccountNeverContacted();

        log(accountId, interaction("CALL", Instant.now().minus(45, ChronoUnit.DAYS))).statusCode(201);

        given().when().get("/api/accounts/{id}/health", accountId).then()
                .statusCode(200)
                .body("causes.code", hasItem("OVERDUE_CONTACT"));
    }

    @Test
    @TestSecurity(user = "kate", roles = {"key-account-manager", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = KATE))
    void loggingMovesTheLastContactForwardButNeverBackAndLeavesTheDossierVersionAlone() {
        UUID accountId = fixtures.keyAccountNeverContacted();
        long versionBefore = fixtures.reloadAccount(accountId).version;
        Instant recent = hoursAgo(3);

        log(accountId, interaction("CALL", recent)).statusCode(201);
        log(accountId, interaction("EMAIL", hoursAgo(48))).statusCode(201);

        AccountEntity account = fixtures.reloadAccount(accountId);
        assertThat(account.lastContactAt).isEqualTo(recent);
        assertThat(account.version).isEqualTo(versionBefore);
    }

    @Test
    @TestSecurity(user = "kate", roles = {"key-account-manager", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = KATE))
    void loggingPublishesInteractionLoggedWithoutTheSummary() {
        UUID accountId = fixtures.keyAccountNeverContacted();
        Map<String, Object> body = interaction("VISIT", hoursAgo(1));
        body.put("ourParticipantIds", List.of(KATE, TOM));

        String id = log(accountId, body).statusCode(201).extract().path("id");

        List<Dossiers.OutboxRow> events = fixtures.outbox(accountId, INTERACTION_LOGGED);
        assertThat(events).hasSize(1);
        Dossiers.OutboxRow event = events.get(0);
        assertThat(event.type()).isEqualTo("dev.kam.account.interaction-logged.v1");
        assertThat(event.topic()).isEqualTo("kam.accounts.v1");
        assertThat(event.subject()).isEqualTo(id);
        assertThat(EventSchemaValidator.violations(event.type(), event.payload())).isEmpty();
        assertThat(event.payload())
                .contains("\"interactionId\":\"" + id + "\"", "\"kind\":\"VISIT\"", KATE, TOM, BUYER)
                .doesNotContain("unhappy", "recovery plan");
    }

    @Test
    @TestSecurity(user = "kate", roles = {"key-account-manager", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = KATE))
    void loggingIsInTheAuditTrailWithoutItsText() {
        UUID accountId = fixtures.keyAccountNeverContacted();

        String id = log(accountId, interaction("CALL", hoursAgo(1))).statusCode(201).extract().path("id");

        List<DossierAuditEntity> audit = fixtures.audit(accountId);
        assertThat(audit).hasSize(1);
        assertThat(audit.get(0).action).isEqualTo("INTERACTION_LOGGED");
        assertThat(audit.get(0).actorId).isEqualTo(KATE);
        assertThat(audit.get(0).changes).contains(id, "CALL").doesNotContain("unhappy");
    }

    @Test
    @TestSecurity(user = "kate", roles = {"key-account-manager", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = KATE))
    void aNegotiationRecordsItsConcessionsIntoTheBalance() {
        UUID accountId = fixtures.keyAccountNeverContacted();
        Map<String, Object> body = interaction("NEGOTIATION", hoursAgo(5));
        body.put("concessions", List.of(
                Map.of("direction", "GIVEN", "description", "2% discount",
                        "value", Map.of("amount", "25000.00", "currency", "EUR")),
                Map.of("direction", "RECEIVED", "description", "12-month volume commitment")));

        String id = log(accountId, body)
                .statusCode(201)
                .body("concessions", hasSize(2))
                .body("concessions[0].direction", equalTo("GIVEN"))
                .body("concessions[0].value.amount", equalTo("25000.00"))
                .body("concessions[1].value", nullValue())
                .extract().path("id");

        given().when().get("/api/accounts/{id}/interactions/{interactionId}", accountId, id).then()
                .statusCode(200)
                .body("concessions.interactionId", contains(id, id));
        given().when().get("/api/accounts/{id}/concessions/balance", accountId).then()
                .statusCode(200)
                .body("givenCount", equalTo(1))
                .body("receivedCount", equalTo(1))
                .body("reading", equalTo("BALANCED"));
    }

    @Test
    @TestSecurity(user = "kate", roles = {"key-account-manager", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = KATE))
    void concessionsWithSomethingOtherThanANegotiationAreRefusedAndNothingIsStored() {
        UUID accountId = fixtures.keyAccountNeverContacted();
        Map<String, Object> body = interaction("MEETING", hoursAgo(1));
        body.put("concessions", List.of(Map.of("direction", "GIVEN", "description", "Free delivery")));

        log(accountId, body)
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://kam.dev/problems/rules/concessions-need-negotiation"))
                .body("detail", containsString("negotiations only"));

        assertNothingStored(accountId);
    }

    @Test
    @TestSecurity(user = "kate", roles = {"key-account-manager", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = KATE))
    void anInteractionThatHasNotHappenedYetIsRefused() {
        UUID accountId = fixtures.keyAccountNeverContacted();

        log(accountId, interaction("MEETING", Instant.now().plus(1, ChronoUnit.DAYS)))
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://kam.dev/problems/rules/interaction-in-future"));

        assertNothingStored(accountId);
    }

    @Test
    @TestSecurity(user = "kate", roles = {"key-account-manager", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = KATE))
    void missingAndMalformedFieldsAreA400WithViolationsAndNothingIsStored() {
        UUID accountId = fixtures.keyAccountNeverContacted();
        Map<String, Object> body = interaction("MEETING", hoursAgo(1));
        body.remove("kind");
        body.put("summary", " ");

        log(accountId, body)
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem(containsString("kind")))
                .body("violations.field", hasItem(containsString("summary")));

        // Values Jackson cannot convert (a malformed UUID, an unknown enum constant): once the plumbing's
        // MismatchedInputException mapper is installed these are problem+json too; assert that then.
        Map<String, Object> badStakeholder = interaction("MEETING", hoursAgo(1));
        badStakeholder.put("stakeholderIds", List.of("not-a-uuid"));
        log(accountId, badStakeholder).statusCode(400);

        Map<String, Object> badOutcome = interaction("MEETING", hoursAgo(1));
        badOutcome.put("outcome", "GREAT");
        log(accountId, badOutcome).statusCode(400);

        assertNothingStored(accountId);
    }

    @Test
    @TestSecurity(user = "kate", roles = {"key-account-manager", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = KATE))
    void aMalformedConcessionValueIsA400AndNothingIsStored() {
        UUID accountId = fixtures.keyAccountNeverContacted();
        Map<String, Object> body = interaction("NEGOTIATION", hoursAgo(1));
        body.put("concessions", List.of(Map.of("direction", "GIVEN", "description", "Discount",
                "value", Map.of("amount", "12.345", "currency", "EUR"))));
        log(accountId, body).statusCode(400).contentType("application/problem+json");

        body.put("concessions", List.of(Map.of("direction", "GIVEN", "description", "Discount",
                "value", Map.of("amount", "12.00", "currency", "XXY"))));
        log(accountId, body).statusCode(400).contentType("application/problem+json");

        assertNothingStored(accountId);
    }

    @Test
    @TestSecurity(user = "eve", roles = {"employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = EVE))
    void someoneOffTheTeamDoesNotEvenSeeTheHistory() {
        UUID accountId = fixtures.keyAccountNeverContacted();

        log(accountId, interaction("CALL", hoursAgo(1))).statusCode(404).contentType("application/problem+json");
        given().when().get("/api/accounts/{id}/interactions", accountId).then()
                .statusCode(404).contentType("application/problem+json");

        assertNothingStored(accountId);
    }

    @Test
    @TestSecurity(user = "max", roles = {"marketing", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = MAX))
    void marketingMayNotReadTheHistory() {
        UUID accountId = fixtures.keyAccountNeverContacted();

        given().when().get("/api/accounts/{id}/interactions", accountId).then()
                .statusCode(403).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "diana", roles = {"sales-director", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = DIANA))
    void theSalesDirectorReadsTheHistoryButDoesNotLogIntoIt() {
        UUID accountId = fixtures.keyAccountNeverContacted();

        given().when().get("/api/accounts/{id}/interactions", accountId).then()
                .statusCode(200).body("items", hasSize(0));
        log(accountId, interaction("CALL", hoursAgo(1))).statusCode(403).contentType("application/problem+json");

        assertNothingStored(accountId);
    }

    @Test
    @TestSecurity(user = "kate", roles = {"key-account-manager", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = KATE))
    void theHistoryIsNewestFirstAPageAtATime() {
        UUID accountId = fixtures.keyAccountNeverContacted();
        String oldest = log(accountId, interaction("CALL", hoursAgo(30))).statusCode(201).extract().path("id");
        String newest = log(accountId, interaction("MEETING", hoursAgo(1))).statusCode(201).extract().path("id");
        String middle = log(accountId, interaction("EMAIL", hoursAgo(10))).statusCode(201).extract().path("id");

        String cursor = given().queryParam("limit", 2)
                .when().get("/api/accounts/{id}/interactions", accountId)
                .then()
                .statusCode(200)
                .body("items.id", contains(newest, middle))
                .body("nextCursor", notNullValue())
                .extract().path("nextCursor");

        given().queryParam("limit", 2).queryParam("cursor", cursor)
                .when().get("/api/accounts/{id}/interactions", accountId)
                .then()
                .statusCode(200)
                .body("items.id", contains(oldest))
                .body("nextCursor", nullValue());
    }

    @Test
    @TestSecurity(user = "kate", roles = {"key-account-manager", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = KATE))
    void theHistoryFiltersByKindOutcomeAndTime() {
        UUID accountId = fixtures.keyAccountNeverContacted();
        Map<String, Object> negative = interaction("CALL", hoursAgo(50));
        negative.put("outcome", "NEGATIVE");
        String oldNegativeCall = log(accountId, negative).statusCode(201).extract().path("id");
        String recentCall = log(accountId, interaction("CALL", hoursAgo(2))).statusCode(201).extract().path("id");
        log(accountId, interaction("MEETING", hoursAgo(3))).statusCode(201);

        given().queryParam("kind", "CALL").when().get("/api/accounts/{id}/interactions", accountId)
                .then().statusCode(200).body("items.id", contains(recentCall, oldNegativeCall));
        given().queryParam("outcome", "NEGATIVE").when().get("/api/accounts/{id}/interactions", accountId)
                .then().statusCode(200).body("items.id", contains(oldNegativeCall));
        given().queryParam("kind", "CALL").queryParam("from", hoursAgo(24).toString())
                .when().get("/api/accounts/{id}/interactions", accountId)
                .then().statusCode(200).body("items.id", contains(recentCall));
        given().queryParam("to", hoursAgo(24).toString())
                .when().get("/api/accounts/{id}/interactions", accountId)
                .then().statusCode(200).body("items.id", contains(oldNegativeCall));
    }

    @Test
    @TestSecurity(user = "kate", roles = {"key-account-manager", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = KATE))
    void malformedFiltersLimitsAndCursorsAreA400() {
        UUID accountId = fixtures.keyAccountNeverContacted();
        String path = "/api/accounts/" + accountId + "/interactions";

        given().queryParam("kind", "PHONE").when().get(path).then()
                .statusCode(400).contentType("application/problem+json").body("detail", containsString("kind"));
        given().queryParam("from", "yesterday").when().get(path).then()
                .statusCode(400).contentType("application/problem+json").body("detail", containsString("from"));
        given().queryParam("from", hoursAgo(1).toString()).queryParam("to", hoursAgo(2).toString())
                .when().get(path).then().statusCode(400).contentType("application/problem+json");
        given().queryParam("limit", 0).when().get(path).then().statusCode(400).contentType("application/problem+json");
        given().queryParam("limit", "ten").when().get(path).then()
                .statusCode(400).contentType("application/problem+json");
        given().queryParam("cursor", "bm90LW91ci1jdXJzb3I").when().get(path).then()
                .statusCode(400).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "kate", roles = {"key-account-manager", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = KATE))
    void anInteractionOfAnotherAccountOrNoneAtAllIsNotFound() {
        UUID accountId = fixtures.keyAccountNeverContacted();
        UUID otherAccount = fixtures.keyAccountNeverContacted();
        String id = log(otherAccount, interaction("CALL", hoursAgo(1))).statusCode(201).extract().path("id");

        given().when().get("/api/accounts/{id}/interactions/{interactionId}", accountId, id).then()
                .statusCode(404).contentType("application/problem+json");
        given().when().get("/api/accounts/{id}/interactions/{interactionId}", accountId, UUID.randomUUID()).then()
                .statusCode(404).contentType("application/problem+json");
        given().when().get("/api/accounts/{id}/interactions", UUID.randomUUID()).then()
                .statusCode(404).contentType("application/problem+json");
    }
}
