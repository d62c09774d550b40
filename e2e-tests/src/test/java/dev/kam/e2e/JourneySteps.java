package dev.kam.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.UUID;

/** Steps several journeys take through the gateway: calling as a demo user, a new key account, a purchase. */
final class JourneySteps {

    private JourneySteps() {
    }

    /** A request through the gateway with the user's real access token. */
    static RequestSpecification as(DemoUser user) {
        return given().baseUri(Suite.GATEWAY_URL).auth().oauth2(KeycloakTokens.accessToken(user));
    }

    /** A new key account registered by kate (its owner and KAM); a fresh legal id each time. */
    static String registerKeyAccount(String name, String region) {
        Map<String, Object> account = Map.of(
                "name", name,
                "legalId", "E2E-" + UUID.randomUUID(),
                "industry", "Machinery",
                "segment", "Large enterprise",
                "region", region,
                "status", "KEY",
                "contactCadenceDays", 30,
                "comparisonRule", "SAME_PERIOD_PREVIOUS_YEAR");
        return given(as(DemoUser.KATE)).contentType(ContentType.JSON).body(account)
                .post("/api/accounts")
                .then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.containsString("/api/accounts/"))
                .extract().path("id");
    }

    /** Kate records (or corrects) what the account bought in the period. */
    static void recordPurchase(String accountId, String period, String amount) {
        given(as(DemoUser.KATE)).contentType(ContentType.JSON)
                .body(Map.of("volume", Map.of("amount", amount, "currency", "EUR")))
                .put("/api/accounts/" + accountId + "/purchase-volumes/" + period)
                .then().statusCode(anyOf(equalTo(200), equalTo(201)));
    }
}
