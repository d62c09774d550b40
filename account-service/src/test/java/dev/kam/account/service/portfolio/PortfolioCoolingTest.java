package dev.kam.account.service.portfolio;

import static dev.kam.plumbing.testing.DemoUsers.DIANA;
import static dev.kam.plumbing.testing.DemoUsers.KATE;
import static dev.kam.plumbing.testing.DemoUsers.MAX;
import static dev.kam.plumbing.testing.DemoUsers.SAM;
import static dev.kam.plumbing.testing.DemoUsers.TOM;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import dev.kam.account.fixtures.Dossiers;
import dev.kam.account.service.health.AssessingAccountHealth;
import dev.kam.kernel.period.Period;
import dev.kam.kernel.period.PeriodType;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The portfolio cooling report: who sees which accounts, the causes, the recurring causes. */
@QuarkusTest
class PortfolioCoolingTest {

    private static final String REPORT = "/api/accounts/portfolio/cooling";

    @Inject
    Dossiers rows;

    @Inject
    AssessingAccountHealth health;

    @Test
    @TestSecurity(user = "diana", roles = {"sales-director", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = DIANA))
    void theDirectorSeesEveryCoolingAccountWithItsCausesAndTheRecurringOnes() {
        Instant since = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        UUID katesAccount = coolingAccount(KATE, Map.of());
        UUID samsAccount = coolingAccount(SAM, Map.of());
        UUID steady = rows.keyAccount();
        health.reassess(steady);

        given().queryParam("since", since.toString())
                .when().get(REPORT)
                .then().statusCode(200)
                .body("coolingAccounts", equalTo(2))
                .body("items.accountId", contains(samsAccount.toString(), katesAccount.toString()))
                .body("items[0].scoreBefore", equalTo(100))
                .body("items[0].bandBefore", equalTo("HEALTHY"))
                .body("items[0].score", equalTo(80))
                .body("items[0].causes[0].code", equalTo("PURCHASE_DECLINE"))
                .body("items[0].currentScore", equalTo(80))
                .body("items[0].coolingsInWindow", equalTo(1))
                .body("mostFrequentCoolingCauses[0].code", equalTo("PURCHASE_DECLINE"))
                .body("mostFrequentCoolingCauses[0].occurrences", equalTo(2))
                .body("mostFrequentCurrentCauses.code", hasItem("PURCHASE_DECLINE"))
                .body("nextCursor", nullValue());
    }

    @Test
    @TestSecurity(user = "kate", roles = {"key-account-manager", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = KATE))
    void aKamSeesOnlyTheAccountsOnWhoseTeamSheIs() {
        Instant since = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        UUID owned = coolingAccount(KATE, Map.of());
        UUID member = coolingAccount(SAM, Map.of(KATE, "TEAM_MEMBER"));
        coolingAccount(SAM, Map.of());

        String cursor = given().queryParam("since", since.toString()).queryParam("limit", 1)
                .when().get(REPORT)
                .then().statusCode(200)
                .body("coolingAccounts", equalTo(2))
                .body("items.accountId", contains(member.toString()))
                .extract().path("nextCursor");
        given().queryParam("since", since.toString()).queryParam("limit", 1).queryParam("cursor", cursor)
                .when().get(REPORT)
                .then().statusCode(200)
                .body("items.accountId", contains(owned.toString()))
                .body("nextCursor", nullValue());
    }

    @Test
    @TestSecurity(user = "tom", roles = {"account-team-member", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = TOM))
    void teamMembersWithoutAManagersRoleDoNotGetTheReport() {
        given().when().get(REPORT).then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "max", roles = {"marketing", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = MAX))
    void marketingDoesNotGetTheReport() {
        given().when().get(REPORT).then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "diana", roles = {"sales-director", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = DIANA))
    void aMalformedSinceOrCursorIsABadRequest() {
        given().queryParam("since", "last tuesday").when().get(REPORT)
                .then().statusCode(400).contentType("application/problem+json");
        given().queryParam("cursor", "bm9wZQ").when().get(REPORT)
                .then().statusCode(400).contentType("application/problem+json");
        given().queryParam("limit", 0).when().get(REPORT)
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void anAnonymousCallerIsRefused() {
        given().when().get(REPORT).then().statusCode(401).contentType("application/problem+json");
    }

    /** Assessed healthy, then purchases of the last complete quarter fell 20 %: a cooling. */
    private UUID coolingAccount(String owner, Map<String, String> members) {
        UUID account = rows.account(owner, members, a -> { });
        health.reassess(account);
        Period quarter = Period.containing(PeriodType.QUARTER, LocalDate.now(ZoneOffset.UTC)).previous();
        rows.volume(account, quarter.sameLastYear(), "1000.00");
        rows.volume(account, quarter, "800.00");
        health.reassess(account);
        return account;
    }
}
