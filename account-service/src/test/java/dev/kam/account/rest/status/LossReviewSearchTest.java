package dev.kam.account.rest.status;

import static dev.kam.plumbing.testing.DemoUsers.DIANA;
import static dev.kam.plumbing.testing.DemoUsers.EVE;
import static dev.kam.plumbing.testing.DemoUsers.KATE;
import static dev.kam.plumbing.testing.DemoUsers.SAM;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.kam.account.fixtures.Dossiers;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Loss reviews are searchable by anyone entitled to them, so the same mistakes are not repeated. */
@QuarkusTest
class LossReviewSearchTest {

    @Inject
    Dossiers dossiers;

    @Test
    @TestSecurity(user = "kate", roles = {"key-account-manager", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = KATE))
    void theTeamFindsItsLossReviewsByAnyWordOfCausesOrLessonsInAnyCase() {
        String token = token();
        UUID id = dossiers.create("Hafen " + token, "KEY", KATE, Map.of());
        markLost(id, List.of("KEY_PERSON_LEFT", "Rude delivery staff " + token), "Escalate complaints within a day");

        JsonPath byCause = search("RUDE DELIVERY STAFF " + token.toUpperCase());
        JsonPath byLessons = search("escalate COMPLAINTS");

        assertThat(byCause.getList("items.accountId")).containsExactly(id.toString());
        assertThat(byCause.getString("items[0].accountName")).isEqualTo("Hafen " + token);
        assertThat(byCause.getList("items[0].causes"))
                .containsExactly("KEY_PERSON_LEFT", "Rude delivery staff " + token);
        assertThat(byCause.getString("items[0].lessons")).isEqualTo("Escalate complaints within a day");
        assertThat(byCause.getString("items[0].reviewedBy")).isEqualTo(KATE);
        assertThat(byLessons.getList("items.accountId")).contains(id.toString());
    }

    @Test
    @TestSecurity(user = "kate", roles = {"key-account-manager", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = KATE))
    void wildcardsInTheSearchTextAreTakenLiterally() {
        String token = token();
        UUID id = dossiers.create("KEY", KATE, Map.of());
        markLost(id, List.of("Price 100% above rival " + token), "Show total cost of ownership early");

        assertThat(search("100% above rival " + token).getList("items.accountId")).containsExactly(id.toString());
        assertThat(search("1_0% above rival " + token).getList("items")).isEmpty();
    }

    @Test
    @TestSecurity(user = "kate", roles = {"key-account-manager", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = KATE))
    void reviewsOfAccountsOffTheCallersTeamStayHidden() {
        String token = token();
        UUID elsewhere = dossiers.create("LOST", SAM, Map.of());
        dossiers.addLossReview(elsewhere, "Lost elsewhere " + token, "Not for kate", SAM);

        assertThat(search(token).getList("items")).isEmpty();
    }

    @Test
    @TestSecurity(user = "diana", roles = {"sales-director", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = DIANA))
    void theSalesDirectorSearchesAllReviewsNewestFirstAPageAtATime() {
        String token = token();
        List<UUID> accounts = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            UUID id = dossiers.create("LOST", SAM, Map.of());
            dossiers.addLossReview(id, "Portfolio cause " + token + " #" + i, "Lesson " + i, SAM);
            accounts.add(id);
        }

        JsonPath first = given().queryParam("q", token).queryParam("limit", 2)
                .when().get("/api/accounts/loss-reviews")
                .then().statusCode(200).extract().jsonPath();
        JsonPath second = given().queryParam("q", token).queryParam("limit", 2)
                .queryParam("cursor", first.getString("nextCursor"))
                .when().get("/api/accounts/loss-reviews")
                .then().statusCode(200).extract().jsonPath();

        assertThat(first.getList("items.accountId")).containsExactly(accounts.get(2).toString(),
                accounts.get(1).toString());
        assertThat(second.getList("items.accountId")).containsExactly(accounts.get(0).toString());
        assertThat(second.getString("nextCursor")).isNull();
        assertThat(given().queryParam("accountId", accounts.get(1).toString())
                .when().get("/api/accounts/loss-reviews")
                .then().statusCode(200).extract().jsonPath().getList("items.accountId"))
                .containsExactly(accounts.get(1).toString());
    }

    @Test
    @TestSecurity(user = "eve", roles = "employee")
    @OidcSecurity(claims = @Claim(key = "sub", value = EVE))
    void anOutsiderFindsNothing() {
        String token = token();
        UUID id = dossiers.create("LOST", SAM, Map.of());
        dossiers.addLossReview(id, "Hidden cause " + token, "Hidden lesson", SAM);

        assertThat(search(token).getList("items")).isEmpty();
    }

    @Test
    @TestSecurity(user = "diana", roles = {"sales-director", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = DIANA))
    void malformedParametersAreBadRequests() {
        given().queryParam("accountId", "nope").when().get("/api/accounts/loss-reviews")
                .then().statusCode(400).contentType("application/problem+json");
        given().queryParam("limit", 0).when().get("/api/accounts/loss-reviews")
                .then().statusCode(400).contentType("application/problem+json");
        given().queryParam("cursor", "garbage").when().get("/api/accounts/loss-reviews")
                .then().statusCode(400).contentType("application/problem+json")
                .body("status", equalTo(400));
    }

    private static void markLost(UUID id, List<String> causes, String lessons) {
        given().contentType(ContentType.JSON)
                .body(Map.of("status", "LOST", "lossReview", Map.of("causes", causes, "lessons", lessons)))
                .when().post("/api/accounts/{id}/status-changes", id)
                .then().statusCode(200);
    }

    private static JsonPath search(String text) {
        return given().queryParam("q", text)
                .when().get("/api/accounts/loss-reviews")
                .then().statusCode(200).extract().jsonPath();
    }

    private static String token() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
