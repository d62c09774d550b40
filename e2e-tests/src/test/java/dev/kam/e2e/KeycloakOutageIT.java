package dev.kam.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.http.ContentType;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * Keycloak restarts: tokens already issued keep working (gateway and services cached the keys),
 * a new login fails with a connection error, and the suite works again once Keycloak is back.
 * Stops and starts the shared Keycloak with {@code ./kam infra stop|start keycloak}: run it only as
 * part of {@code ./kam test} (or alone against a stack nobody else uses).
 */
class KeycloakOutageIT {

    @Test
    void issuedTokensKeepWorkingNewLoginsFailAndTheSuiteRecovers() throws Exception {
        String token = KeycloakTokens.freshAccessToken(DemoUser.KATE);
        assertThat(given().auth().oauth2(token).get(Suite.GATEWAY_URL + "/api/accounts/me").statusCode())
                .isEqualTo(200);

        kam("infra", "stop", "keycloak");
        try {
            assertThat(given().auth().oauth2(token).get(Suite.GATEWAY_URL + "/api/accounts/me").statusCode())
                    .as("an issued token through the gateway while Keycloak is down").isEqualTo(200);
            assertThat(given().auth().oauth2(token).get(Suite.GATEWAY_URL + "/api/incentives/me").statusCode())
                    .as("and at another service").isEqualTo(200);
            assertThat(newLoginFails()).as("a new login while Keycloak is down").isTrue();
        } finally {
            kam("infra", "start", "keycloak");
        }

        Awaitility.await("logins work again")
                .atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofSeconds(2))
                .ignoreExceptions()
                .until(() -> !newLoginFails());
        String fresh = KeycloakTokens.freshAccessToken(DemoUser.KATE);
        assertThat(given().auth().oauth2(fresh).get(Suite.GATEWAY_URL + "/api/accounts/me").statusCode())
                .isEqualTo(200);
        assertThat(given().auth().oauth2(token).get(Suite.GATEWAY_URL + "/api/accounts/me").statusCode())
                .as("the old token, too").isEqualTo(200);
    }

    /** True when the token endpoint cannot be reached or refuses; the error says so plainly. */
    private static boolean newLoginFails() {
        try {
            int status = given()
                    .contentType(ContentType.URLENC)
                    .formParam("grant_type", "password")
                    .formParam("client_id", "kam-cli")
                    .formParam("username", DemoUser.KATE.username())
                    .formParam("password", DemoUser.KATE.password())
                    .post(Suite.OIDC_URL + "/protocol/openid-connect/token")
                    .statusCode();
            return status != 200;
        } catch (Exception e) { // RestAssured rethrows the checked ConnectException as it is
            Throwable root = e;
            while (root.getCause() != null) {
                root = root.getCause();
            }
            assertThat(root).as("why the login failed").isInstanceOf(java.net.ConnectException.class);
            return true;
        }
    }

    private static void kam(String... args) {
        KamCommand.kam(args);
    }
}
