package dev.kam.e2e;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.EnumMap;
import java.util.Map;

/** Real access tokens from the running Keycloak, one per demo user, cached for the test run. */
final class KeycloakTokens {

    // The kam-cli client allows the password grant; it exists only in the local demo realm.
    private static final String CLIENT_ID = "kam-cli";
    private static final String EXPIRING_CLIENT_ID = "kam-cli-expiring";
    private static final String DIRECTORY_SECRET = System.getenv().getOrDefault("KAM_DIRECTORY_CLIENT_SECRET",
            "kam-directory-local-secret");
    private static final String ERP_IMPORT_SECRET = System.getenv().getOrDefault("KAM_ERP_IMPORT_CLIENT_SECRET",
            "kam-erp-import-local-secret");
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

    /**
     * A token of kam-cli-expiring, a local-only client whose access tokens live ten seconds: Keycloak's
     * key cannot be had to sign an expired token, so the test takes a real one and waits it out.
     */
    static String shortLivedAccessToken(DemoUser user) {
        return fetch(user, EXPIRING_CLIENT_ID);
    }

    /**
     * A real token of the realm that is not meant for the suite: the people directory's service account
     * (client credentials of kam-directory, whose tokens carry no kam-api audience).
     */
    static String wrongAudienceToken() {
        return tokenFor(Map.of("grant_type", "client_credentials", "client_id", "kam-directory",
                "client_secret", DIRECTORY_SECRET));
    }

    /** The ERP integration's token: client credentials of kam-erp-import, realm role purchase-volume-feed only. */
    static String erpImportToken() {
        return tokenFor(Map.of("grant_type", "client_credentials", "client_id", "kam-erp-import",
                "client_secret", ERP_IMPORT_SECRET));
    }

    /** The token's claims under a header that says {@code alg: none}, and no signature. */
    static String unsigned(String token) {
        String header = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        return header + "." + token.split("\\.")[1] + ".";
    }

    /** When the token expires ({@code exp}, seconds since the epoch), read from its claims. */
    static long expiresAt(String token) {
        String claims = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
        java.util.regex.Matcher exp = java.util.regex.Pattern.compile("\"exp\"\\s*:\\s*(\\d+)").matcher(claims);
        if (!exp.find()) {
            throw new IllegalStateException("The token has no exp claim");
        }
        return Long.parseLong(exp.group(1));
    }

    private static String fetch(DemoUser user) {
        return fetch(user, CLIENT_ID);
    }

    private static String fetch(DemoUser user, String clientId) {
        return tokenFor(Map.of("grant_type", "password", "client_id", clientId,
                "username", user.username(), "password", user.password()));
    }

    /** The access token of the realm's token endpoint's answer to this form (200 expected). */
    private static String tokenFor(Map<String, String> form) {
        return given()
                .contentType(ContentType.URLENC)
                .formParams(form)
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
