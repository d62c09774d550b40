package dev.kam.e2e;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

/**
 * Tokens for runs that outlast one (the long resilience set, or a late place in a long e2e run):
 * fetched again a minute before they expire, instead of cached for the whole JVM.
 */
final class FreshTokens {

    private static final long MARGIN_SECONDS = 60;
    private static final Map<DemoUser, String> TOKENS = new EnumMap<>(DemoUser.class);

    private FreshTokens() {
    }

    static synchronized String of(DemoUser user) {
        String token = TOKENS.get(user);
        if (token == null || KeycloakTokens.expiresAt(token) - MARGIN_SECONDS < Instant.now().getEpochSecond()) {
            token = KeycloakTokens.freshAccessToken(user);
            TOKENS.put(user, token);
        }
        return token;
    }

    /** A request through the gateway as the user. */
    static RequestSpecification as(DemoUser user) {
        return given().baseUri(Suite.GATEWAY_URL).auth().oauth2(of(user));
    }
}
