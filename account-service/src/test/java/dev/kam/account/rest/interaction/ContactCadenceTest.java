package dev.kam.account.rest.interaction;

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
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import dev.kam.account.fixtures.Dossiers;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Contact cadence: each account's contact status, and each person's list of overdue accounts. The
 * company zone is UTC in the tests (the default).
 */
@QuarkusTest
class ContactCadenceTest {

    @Inject
    Dossiers fixtures;

    /** Noon of a past day, so the calendar-day arithmetic does not depend on the time the test runs. */
    private static Instant daysAgo(int days) {
        return today().minusDays(days).atTime(12, 0).toInstant(ZoneOffset.UTC);
    }

    private static LocalDate dayOf(Instant instant) {
        return LocalDate.ofInstant(instant, ZoneOffset.UTC);
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    @Test
    @TestSecurity(user = "kate", roles = {"key-account-manager", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = KATE))
    void anAccountNeverContactedIsDueOneIntervalAfterItsRegistration() {
        Instant registered = daysAgo(10);
        UUID accountId = fixtures.account(registered, null, 30, "KEY");

        given().when().get("/api/accounts/{id}/contact-status", accountId).then()
                .statusCode(200)
                .body("accountId", equalTo(accountId.toString()))
                .body("lastContactAt", nullValue())
                .body("neverContacted", equalTo(true))
                .body("cadenceDays", equalTo(30))
                .body("dueOn", equalTo(dayOf(registered).plusDays(30).toString()))
                .body("overdue", equalTo(false))
                .body("daysOverdue", equalTo(0))
                .body("daysUntilDue", equalTo(20));
    }

    @Test
    @TestSecurity(user = "tom", roles = {"account-team-member", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = TOM))
    void contactIsOverdueOnceTheIntervalSinceTheLastContactHasPassed() {
        Instant lastContact = daysAgo(40);
        UUID accountId = fixtures.account(daysAgo(400), lastContact, 30, "KEY");

        given().when().get("/api/accounts/{id}/contact-status", accountId).then()
                .statusCode(200)
                .body("neverContacted", equalTo(false))
                .body("lastContactAt", notNullValue())
                .body("dueOn", equalTo(dayOf(lastContact).plusDays(30).toString()))
                .body("overdue", equalTo(true))
                .body("daysOverdue", equalTo(10))
                .body("daysUntilDue", equalTo(0));
    }

    @Test
    @TestSecurity(user = "kate", roles = {"key-account-manager", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = KATE))
    void loggingAContactBringsTheAccountBackOnCadence() {
        UUID accountId = fixtures.account(daysAgo(400), daysAgo(40), 30, "KEY");

        log(accountId, interaction("CALL", Instant.now())).statusCode(201);

        given().when().get("/api/accounts/{id}/contact-status", accountId).then()
                .statusCode(200)
                .body("overdue", equalTo(false))
                .body("dueOn", equalTo(today().plusDays(30).toString()));
    }

    @Test
    @TestSecurity(user = "eve", roles = {"employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = EVE))
    void someoneOffTheTeamDoesNotSeeTheContactStatus() {
        UUID accountId = fixtures.keyAccountNeverContacted();
        given().when().get("/api/accounts/{id}/contact-status", accountId).then()
                .statusCode(404).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "max", roles = {"marketing", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = MAX))
    void marketingDoesNotReadTheContactStatus() {
        UUID accountId = fixtures.keyAccountNeverContacted();
        given().when().get("/api/accounts/{id}/contact-status", accountId).then()
                .statusCode(403).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "kate", roles = {"key-account-manager", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = KATE))
    void myOverdueContactsComeLongestOverdueFirstWithoutLostOrPunctualAccounts() {
        UUID slightlyLate = fixtures.account(daysAgo(400), daysAgo(35), 30, "KEY");
        UUID veryLate = fixtures.account(daysAgo(400), daysAgo(90), 30, "AT_RISK");
        UUID neverContactedLate = fixtures.account(daysAgo(50), null, 30, "PROSPECT");
        UUID punctual = fixtures.account(daysAgo(400), daysAgo(3), 30, "KEY");
        UUID lost = fixtures.account(daysAgo(400), daysAgo(200), 30, "LOST");

        List<String> mine = given().queryParam("limit", 100).when().get("/api/accounts/overdue-contacts")
                .then().statusCode(200).extract().path("items.accountId");

        assertThat(mine).containsSubsequence(veryLate.toString(), neverContactedLate.toString(),
                slightlyLate.toString());
        assertThat(mine).doesNotContain(punctual.toString(), lost.toString());
        given().queryParam("limit", 100).when().get("/api/accounts/overdue-contacts").then()
                .body("items.find { it.accountId == '" + veryLate + "' }.daysOverdue", equalTo(60))
                .body("items.find { it.accountId == '" + veryLate + "' }.status", equalTo("AT_RISK"))
                .body("items.find { it.accountId == '" + neverContactedLate + "' }.lastContactAt", nullValue());
    }

    @Test
    @TestSecurity(user = "diana", roles = {"sales-director", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = DIANA))
    void theSalesDirectorReadsSomeoneElsesListAPageAtATime() {
        String colleague = UUID.randomUUID().toString();
        UUID late = fixtures.account(daysAgo(400), daysAgo(40), 30, "KEY", colleague);
        UUID later = fixtures.account(daysAgo(400), daysAgo(70), 30, "KEY", colleague);
        fixtures.account(daysAgo(400), daysAgo(1), 30, "KEY", colleague);

        String cursor = given().queryParam("userId", colleague).queryParam("limit", 1)
                .when().get("/api/accounts/overdue-contacts")
                .then().statusCode(200)
                .body("items.accountId", contains(later.toString()))
                .body("items[0].daysOverdue", equalTo(40))
                .body("items[0].dueOn", equalTo(dayOf(daysAgo(70)).plusDays(30).toString()))
                .body("nextCursor", notNullValue())
                .extract().path("nextCursor");
        given().queryParam("userId", colleague).queryParam("limit", 1).queryParam("cursor", cursor)
                .when().get("/api/accounts/overdue-contacts")
                .then().statusCode(200)
                .body("items.accountId", contains(late.toString()))
                .body("nextCursor", nullValue());
    }

    @Test
    @TestSecurity(user = "tom", roles = {"account-team-member", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = TOM))
    void aTeamMemberReadsTheirOwnListButNotSomeoneElses() {
        given().queryParam("userId", TOM).when().get("/api/accounts/overdue-contacts").then().statusCode(200);
        given().queryParam("userId", KATE).when().get("/api/accounts/overdue-contacts").then()
                .statusCode(403).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "max", roles = {"marketing", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = MAX))
    void malformedOverdueContactRequestsAreA400() {
        given().queryParam("limit", 101).when().get("/api/accounts/overdue-contacts").then()
                .statusCode(400).contentType("application/problem+json");
        given().queryParam("cursor", "bm9wZQ").when().get("/api/accounts/overdue-contacts").then()
                .statusCode(400).contentType("application/problem+json");
        given().queryParam("userId", " padded").when().get("/api/accounts/overdue-contacts").then()
                .statusCode(400).contentType("application/problem+json");
    }
}
