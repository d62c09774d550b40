package dev.kam.e2e;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.EnumMap;
import java.util.Map;

/** Real access tokens from the running Keycloak, one per demo user, cached for the test run. */
final class KeycloakTokens {

    // The kam-cli client allows the password grant; it exists only in the local demo realm.
    private static final String CLIENT_ID = "kam-cli";
    private static final Map<DemoUser, String> CACHE = new EnumMap<>(DemoUser.class);

    private KeycloakTokens() {
    }

    static synchronized String accessToken(DemoUser user) {
        return CACHE.computeIfAbsent(user, KeycloakTokens::fetch);
    }

    /** A token fetched now, for a run long enough that a cached one could expire (15 minutes) during it. */
    static String freshAccessToken(DemoUser user) {
        return fetch(user);
    }

    private static String fetch(DemoUser user) {
        return given()
                .contentType(ContentType.URLENC)
                .formParam("grant_type", "password")
                .formParam("client_id", CLIENT_ID)
                .formParam("username", user.username())
                .formParam("password", user.password())
                .when()
                .post(Suite.OIDC_URL + "/protocol/openid-connect/token")
                .then()
                .statusCode(200)
                .extract()
                .path("access_token");
    }

    /** The same token with one character of its signature changed. */
    static String tampered(String token) {
        int last = token.length() - 2;
        char replacement = token.charAt(last) == 'A' ? 'B' : 'A';
        return token.substring(0, last) + replacement + token.substring(last + 1);
    }
}
