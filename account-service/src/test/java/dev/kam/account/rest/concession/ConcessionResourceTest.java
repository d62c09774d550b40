package dev.kam.account.rest.concession;

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
import dev.kam.account.repository.DossierAuditEntity;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Concessions given and received, and the tit-for-tat balance. */
@QuarkusTest
class ConcessionResourceTest {

    @Inject
    Dossiers fixtures;

    private static Map<String, Object> concession(String direction, String amount, String currency) {
        Map<String, Object> body = new HashMap<>();
        body.put("direction", direction);
        body.put("description", direction.equals("GIVEN") ? "Extra discount" : "Larger order");
        if (amount != null) {
            body.put("value", Map.of("amount", amount, "currency", currency));
        }
        return body;
    }

    private static ValidatableResponse record(UUID accountId, Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body)
                .when().post("/api/accounts/{id}/concessions", accountId)
                .then();
    }

    @Test
    @TestSecurity(user = "tom", roles = {"account-team-member", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = TOM))
    void aTeamMemberRecordsAConcessionOnItsOwn() {
        UUID accountId = fixtures.keyAccountNeverContacted();

        String location = record(accountId, concession("GIVEN", "1500.00", "EUR"))
                .statusCode(201)
                .header("Location", matchesPattern(".*/api/accounts/" + accountId + "/concessions/[0-9a-f-]{36}"))
                .body("direction", equalTo("GIVEN"))
                .body("description", equalTo("Extra discount"))
                .body("value.amount", equalTo("1500.00"))
                .body("value.currency", equalTo("EUR"))
                .body("interactionId", nullValue())
                .body("recordedBy", equalTo(TOM))
                .extract().header("Location");

        given().when().get(location).then().statusCode(200).body("accountId", equalTo(accountId.toString()));
        List<DossierAuditEntity> audit = fixtures.audit(accountId);
        assertThat(audit).extracting(entry -> entry.action).containsExactly("CONCESSION_RECORDED");
        assertThat(audit.get(0).changes).contains("GIVEN", "1500.00 EUR");
    }

    @Test
    @TestSecurity(user = "kate", roles = {"key-account-manager", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = KATE))
    void aConcessionIsRecordedForANegotiationLoggedEarlier() {
        UUID accountId = fixtures.keyAccountNeverContacted();
        String negotiation = log(accountId, interaction("NEGOTIATION", hoursAgo(4))).statusCode(201)
                .extract().path("id");
        Map<String, Object> body = concession("RECEIVED", null, null);
        body.put("interactionId", negotiation);

        record(accountId, body).statusCode(201).body("interactionId", equalTo(negotiation));

        given().when().get("/api/accounts/{id}/interactions/{interactionId}", accountId, negotiation).then()
                .statusCode(200)
                .body("concessions", hasSize(1))
                .body("concessions[0].direction", equalTo("RECEIVED"));
    }

    @Test
    @TestSecurity(user = "kate", roles = {"key-account-manager", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = KATE))
    void aConcessionForSomethingOtherThanANegotiationIsRefused() {
        UUID accountId = fixtures.keyAccountNeverContacted();
        String meeting = log(accountId, interaction("MEETING", hoursAgo(4))).statusCode(201).extract().path("id");
        Map<String, Object> body = concession("GIVEN", "10.00", "EUR");
        body.put("interactionId", meeting);

        record(accountId, body)
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://kam.dev/problems/rules/concessions-need-negotiation"));

        assertThat(fixtures.countOf("ConcessionEntity", accountId)).isZero();
    }

    @Test
    @TestSecurity(user = "kate", roles = {"key-account-manager", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = KATE))
    void aConcessionForAnInteractionOutsideTheAccountIsRefused() {
        UUID accountId = fixtures.keyAccountNeverContacted();
        UUID otherAccount = fixtures.keyAccountNeverContacted();
        String elsewhere = log(otherAccount, interaction("NEGOTIATION", hoursAgo(4))).statusCode(201)
                .extract().path("id");
        Map<String, Object> body = concession("GIVEN", null, null);
        body.put("interactionId", elsewhere);

        record(accountId, body).statusCode(422).contentType("application/problem+json");

        assertThat(fixtures.countOf("ConcessionEntity", accountId)).isZero();
        assertThat(fixtures.countOf("ConcessionEntity", otherAccount)).isZero();
    }

    @Test
    @TestSecurity(user = "kate", roles = {"key-account-manager", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = KATE))
    void invalidConcessionsAreA400AndNothingIsStored() {
        UUID accountId = fixtures.keyAccountNeverContacted();
        Map<String, Object> noDirection = concession("GIVEN", null, null);
        noDirection.remove("direction");
        noDirection.put("description", "");

        record(accountId, noDirection)
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem(containsString("direction")))
                .body("violations.field", hasItem(containsString("description")));
        record(accountId, concession("GIVEN", "-5.00", "EUR"))
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem(containsString("amount")))
                .body("violations.message", hasItem(containsString("negative")));
        record(accountId, concession("GIVEN", "5", "euro")).statusCode(400).contentType("application/problem+json");

        assertThat(fixtures.countOf("ConcessionEntity", accountId)).isZero();
        assertThat(fixtures.audit(accountId)).isEmpty();
    }

    @Test
    @TestSecurity(user = "kate", roles = {"key-account-manager", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = KATE))
    void theBalanceCountsMovesAndTotalsValuesPerCurrency() {
        UUID accountId = fixtures.keyAccountNeverContacted();
        record(accountId, concession("GIVEN", "100.00", "EUR")).statusCode(201);
        record(accountId, concession("GIVEN", "50.50", "EUR")).statusCode(201);
        record(accountId, concession("GIVEN", "10.00", "USD")).statusCode(201);
        record(accountId, concession("RECEIVED", "30.00", "EUR")).statusCode(201);

        given().when().get("/api/accounts/{id}/concessions/balance", accountId).then()
                .statusCode(200)
                .body("accountId", equalTo(accountId.toString()))
                .body("givenCount", equalTo(3))
                .body("receivedCount", equalTo(1))
                .body("netCount", equalTo(2))
                .body("reading", equalTo("WE_GIVE_MORE"))
                .body("values.currency", contains("EUR", "USD"))
                .body("values[0].given.amount", equalTo("150.50"))
                .body("values[0].received.amount", equalTo("30.00"))
                .body("values[0].net.amount", equalTo("120.50"))
                .body("values[1].received.amount", equalTo("0.00"))
                .body("values[1].net.amount", equalTo("10.00"));
    }

    @Test
    @TestSecurity(user = "kate", roles = {"key-account-manager", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = KATE))
    void oneMoveAheadIsStillBalancedTwoMovesBehindMeansTheClientGivesMore() {
        UUID accountId = fixtures.keyAccountNeverContacted();
        given().when().get("/api/accounts/{id}/concessions/balance", accountId).then()
                .statusCode(200).body("reading", equalTo("BALANCED")).body("values", hasSize(0));

        record(accountId, concession("RECEIVED", null, null)).statusCode(201);
        given().when().get("/api/accounts/{id}/concessions/balance", accountId).then()
                .statusCode(200).body("reading", equalTo("BALANCED")).body("netCount", equalTo(-1));

        record(accountId, concession("RECEIVED", null, null)).statusCode(201);
        given().when().get("/api/accounts/{id}/concessions/balance", accountId).then()
                .statusCode(200).body("reading", equalTo("THEY_GIVE_MORE")).body("netCount", equalTo(-2));
    }

    @Test
    @TestSecurity(user = "kate", roles = {"key-account-manager", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = KATE))
    void concessionsAreListedNewestFirstAPageAtATime() {
        UUID accountId = fixtures.keyAccountNeverContacted();
        String first = record(accountId, concession("GIVEN", null, null)).statusCode(201).extract().path("id");
        String second = record(accountId, concession("RECEIVED", null, null)).statusCode(201).extract().path("id");
        String third = record(accountId, concession("GIVEN", null, null)).statusCode(201).extract().path("id");

        String cursor = given().queryParam("limit", 2).when().get("/api/accounts/{id}/concessions", accountId)
                .then().statusCode(200)
                .body("items.id", contains(third, second))
                .body("nextCursor", notNullValue())
                .extract().path("nextCursor");
        given().queryParam("limit", 2).queryParam("cursor", cursor)
                .when().get("/api/accounts/{id}/concessions", accountId)
                .then().statusCode(200)
                .body("items.id", contains(first))
                .body("nextCursor", nullValue());
        given().queryParam("cursor", "%%%").when().get("/api/accounts/{id}/concessions", accountId)
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "kate", roles = {"key-account-manager", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = KATE))
    void anUnknownConcessionIsNotFound() {
        UUID accountId = fixtures.keyAccountNeverContacted();
        given().when().get("/api/accounts/{id}/concessions/{concessionId}", accountId, UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "eve", roles = {"employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = EVE))
    void someoneOffTheTeamSeesNoConcessions() {
        UUID accountId = fixtures.keyAccountNeverContacted();

        record(accountId, concession("GIVEN", null, null)).statusCode(404).contentType("application/problem+json");
        given().when().get("/api/accounts/{id}/concessions/balance", accountId)
                .then().statusCode(404).contentType("application/problem+json");
        assertThat(fixtures.countOf("ConcessionEntity", accountId)).isZero();
    }

    @Test
    @TestSecurity(user = "max", roles = {"marketing", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = MAX))
    void marketingMayNotReadTheBalance() {
        UUID accountId = fixtures.keyAccountNeverContacted();
        given().when().get("/api/accounts/{id}/concessions/balance", accountId)
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "diana", roles = {"sales-director", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = DIANA))
    void theSalesDirectorReadsTheBalanceButRecordsNothing() {
        UUID accountId = fixtures.keyAccountNeverContacted();

        given().when().get("/api/accounts/{id}/concessions/balance", accountId).then().statusCode(200);
        record(accountId, concession("GIVEN", null, null)).statusCode(403).contentType("application/problem+json");
        assertThat(fixtures.countOf("ConcessionEntity", accountId)).isZero();
    }
}
