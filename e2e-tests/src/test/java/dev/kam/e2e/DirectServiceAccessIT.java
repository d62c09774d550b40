package dev.kam.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The services enforce authorisation themselves: a caller who bypasses the gateway and calls a
 * service directly gets the same answer with a valid token, and 401 without one.
 */
class DirectServiceAccessIT {

    private static final String ACCOUNT_URL = setting("KAM_ACCOUNT_URL", "http://127.0.0.1:8081");
    private static final String CONTACT_URL = setting("KAM_CONTACT_URL", "http://127.0.0.1:8082");
    private static final String INCENTIVE_URL = setting("KAM_INCENTIVE_URL", "http://127.0.0.1:8083");

    record Call(String service, String path, DemoUser user) {
        @Override
        public String toString() {
            return user + " GET " + path;
        }
    }

    static List<Call> calls() {
        return List.of(
                new Call(ACCOUNT_URL, "/api/accounts/me", DemoUser.KATE),
                new Call(ACCOUNT_URL, "/api/me", DemoUser.TOM),
                new Call(ACCOUNT_URL, "/api/accounts", DemoUser.KATE),
                new Call(ACCOUNT_URL, "/api/accounts", DemoUser.MAX),
                new Call(ACCOUNT_URL, "/api/accounts/portfolio/cooling", DemoUser.EVE),
                new Call(CONTACT_URL, "/api/stakeholders/me", DemoUser.TOM),
                new Call(INCENTIVE_URL, "/api/incentives/me", DemoUser.CARL),
                new Call(INCENTIVE_URL, "/api/incentives/me", DemoUser.EVE));
    }

    @ParameterizedTest
    @MethodSource("calls")
    void aValidTokenGetsTheSameAnswerDirectlyAsThroughTheGateway(Call call) {
        String token = KeycloakTokens.accessToken(call.user());

        Response viaGateway = given().auth().oauth2(token).get(Suite.GATEWAY_URL + call.path());
        Response direct = given().auth().oauth2(token).get(call.service() + call.path());

        assertThat(direct.statusCode()).as("status").isEqualTo(viaGateway.statusCode());
        if (direct.statusCode() < 300) {
            assertThat(direct.asString()).as("body").isEqualTo(viaGateway.asString());
        } else {
            // A refusal: same problem, but each answer has its own request id.
            assertThat(direct.jsonPath().getString("title")).isEqualTo(viaGateway.jsonPath().getString("title"));
        }
    }

    @ParameterizedTest
    @MethodSource("calls")
    void withoutATokenTheServiceItselfAnswers401(Call call) {
        Response direct = given().get(call.service() + call.path());

        assertThat(direct.statusCode()).isEqualTo(401);
    }

    @ParameterizedTest
    @MethodSource("calls")
    void aTamperedTokenIsRefusedByTheServiceItself(Call call) {
        String token = KeycloakTokens.accessToken(call.user());
        String tampered = token.substring(0, token.length() - 4) + (token.endsWith("AAAA") ? "BBBB" : "AAAA");

        assertThat(given().auth().oauth2(tampered).get(call.service() + call.path()).statusCode()).isEqualTo(401);
    }

    private static String setting(String env, String fallback) {
        String value = System.getenv(env);
        return value == null || value.isBlank() ? fallback : value;
    }
}
