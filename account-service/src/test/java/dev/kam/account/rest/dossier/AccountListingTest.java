package dev.kam.account.rest.dossier;

import static dev.kam.plumbing.testing.DemoUsers.ADA;
import static dev.kam.plumbing.testing.DemoUsers.DIANA;
import static dev.kam.plumbing.testing.DemoUsers.EVE;
import static dev.kam.plumbing.testing.DemoUsers.KATE;
import static dev.kam.plumbing.testing.DemoUsers.MAX;
import static dev.kam.plumbing.testing.DemoUsers.SAM;
import static dev.kam.plumbing.testing.DemoUsers.TOM;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;

import dev.kam.account.fixtures.Dossiers;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Listing accounts: summaries sorted by name, filtered, a page at a time, and only the accounts the
 * caller may see. Each test names its accounts with a fresh token and searches for it, so accounts
 * of other tests in the same database do not interfere.
 */
@QuarkusTest
class AccountListingTest {

    @Inject
    Dossiers dossiers;

    @Test
    @TestSecurity(user = "kate", roles = {"key-account-manager", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = KATE))
    void aKeyAccountManagerListsTheAccountsOfTheirTeamsSortedByNameInAnyCase() {
        String token = token();
        UUID charlie = dossiers.create("charlie " + token, "KEY", KATE, Map.of());
        UUID alpha = dossiers.create("Alpha " + token, "KEY", TOM, Map.of(KATE, "TEAM_MEMBER"));
        UUID bravo = dossiers.create("BRAVO " + token, "PROSPECT", KATE, Map.of());
        dossiers.create("Delta " + token, "KEY", SAM, Map.of());

        JsonPath page = list(given().queryParam("q", token));

        assertThat(page.getList("items.id")).containsExactly(alpha.toString(), bravo.toString(), charlie.toString());
        assertThat(page.getString("items[1].status")).isEqualTo("PROSPECT");
        assertThat(page.getString("items[1].marketState")).isEqualTo("INDEPENDENT");
        assertThat(page.getMap("items[0]")).doesNotContainKeys("legalId", "team", "competitor");
    }

    @Test
    @TestSecurity(user = "diana", roles = {"sales-director", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = DIANA))
    void theSalesDirectorListsThePortfolioAPageAtATime() {
        String token = token();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(dossiers.create("Portfolio " + token + " " + i, "KEY", i % 2 == 0 ? KATE : SAM, Map.of())
                    .toString());
        }

        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            RequestSpecification request = given().queryParam("q", token).queryParam("limit", 2);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = list(request);
            seen.addAll(page.getList("items.id"));
            cursor = page.getString("nextCursor");
            pages++;
        } while (cursor != null);

        assertThat(seen).containsExactlyElementsOf(ids);
        assertThat(pages).isEqualTo(3);
    }

    @Test
    @TestSecurity(user = "diana", roles = {"sales-director", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = DIANA))
    void filtersCombine() {
        String token = token();
        UUID wanted = dossiers.create("Wanted " + token, "AT_RISK", KATE, Map.of());
        dossiers.create("Other owner " + token, "AT_RISK", SAM, Map.of());
        dossiers.create("Other status " + token, "KEY", KATE, Map.of());

        JsonPath page = list(given().queryParam("q", token).queryParam("status", "AT_RISK")
                .queryParam("ownerId", KATE).queryParam("segment", "MID-MARKET"));

        assertThat(page.getList("items.id")).containsExactly(wanted.toString());
        assertThat(list(given().queryParam("q", token).queryParam("segment", "Enterprise")).getList("items"))
                .isEmpty();
    }

    @Test
    @TestSecurity(user = "ada", roles = {"kam-admin", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = ADA))
    void accountsAreFilteredByHealthBand() {
        String token = token();
        UUID watched = dossiers.create("Watched " + token, "KEY", KATE, Map.of());
        dossiers.create("Unassessed " + token, "KEY", KATE, Map.of());
        dossiers.setHealthBand(watched, 65, "WATCH");

        JsonPath page = list(given().queryParam("q", token).queryParam("healthBand", "WATCH"));

        assertThat(page.getList("items.id")).containsExactly(watched.toString());
        assertThat(page.getInt("items[0].healthScore")).isEqualTo(65);
    }

    @Test
    @TestSecurity(user = "ada", roles = {"kam-admin", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = ADA))
    void mineListsOnlyTheAccountsWhoseTeamTheCallerIsOn() {
        String token = token();
        UUID mine = dossiers.create("Mine " + token, "KEY", KATE, Map.of(ADA, "SUPPORT"));
        dossiers.create("Not mine " + token, "KEY", KATE, Map.of());

        assertThat(list(given().queryParam("q", token).queryParam("mine", true)).getList("items.id"))
                .containsExactly(mine.toString());
        assertThat(list(given().queryParam("q", token)).getList("items")).hasSize(2);
    }

    @Test
    @TestSecurity(user = "max", roles = {"marketing", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = MAX))
    void marketingListsThePortfolioAsSummaries() {
        String token = token();
        dossiers.create("Market " + token, "KEY", KATE, Map.of());

        JsonPath page = list(given().queryParam("q", token));

        assertThat(page.getList("items.name")).containsExactly("Market " + token);
    }

    @Test
    @TestSecurity(user = "eve", roles = "employee")
    @OidcSecurity(claims = @Claim(key = "sub", value = EVE))
    void anEmployeeOnNoTeamSeesNoAccounts() {
        String token = token();
        dossiers.create("Invisible " + token, "KEY", KATE, Map.of());

        assertThat(list(given().queryParam("q", token)).getList("items")).isEmpty();
    }

    @Test
    @TestSecurity(user = "kate", roles = {"key-account-manager", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = KATE))
    void wildcardsInTheNameSearchAreTakenLiterally() {
        String token = token();
        UUID percent = dossiers.create("100% " + token, "KEY", KATE, Map.of());
        dossiers.create("1000 " + token, "KEY", KATE, Map.of());

        assertThat(list(given().queryParam("q", "100% " + token)).getList("items.id"))
                .containsExactly(percent.toString());
    }

    @Test
    @TestSecurity(user = "kate", roles = {"key-account-manager", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = KATE))
    void malformedFiltersAreBadRequestsNamingTheParameter() {
        badRequest(given().queryParam("status", "GONE"), "status");
        badRequest(given().queryParam("healthBand", "green"), "healthBand");
        badRequest(given().queryParam("mine", "yes"), "mine");
        badRequest(given().queryParam("limit", "ten"), "limit");
        given().queryParam("limit", 101).when().get("/api/accounts")
                .then().statusCode(400).contentType("application/problem+json");
        given().queryParam("cursor", "not-a-cursor").when().get("/api/accounts")
                .then().statusCode(400).contentType("application/problem+json");
    }

    private static void badRequest(RequestSpecification request, String parameter) {
        request.when().get("/api/accounts")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem(parameter));
    }

    private static JsonPath list(RequestSpecification request) {
        return request.when().get("/api/accounts").then().statusCode(200).extract().jsonPath();
    }

    private static String token() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
