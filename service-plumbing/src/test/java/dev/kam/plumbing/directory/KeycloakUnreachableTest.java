package dev.kam.plumbing.directory;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import dev.kam.kernel.UserId;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * Keycloak cannot be reached (a closed port): the service starts all the same, nobody is admitted, and
 * the caller is told to retry (503).
 */
@QuarkusTest
@TestProfile(KeycloakUnreachableTest.KeycloakOnAClosedPort.class)
class KeycloakUnreachableTest {

    private static final UserId KATE = UserId.of("00000000-0000-4000-8000-000000000001");

    @Inject
    PeopleDirectory directory;

    @Inject
    DirectoryWarmUp warmUp;

    @Test
    void evenADemoUserIsNotAdmittedWhileKeycloakCannotBeAsked() {
        assertThatThrownBy(() -> directory.knows(KATE)).isInstanceOf(PeopleDirectoryUnavailableException.class);
        assertThatThrownBy(() -> directory.requireKnown("userId", KATE))
                .as("not remembered as unknown either: the next question asks again")
                .isInstanceOf(PeopleDirectoryUnavailableException.class);
    }

    @Test
    void theServiceStartedAnywayAndKeepsTryingToWarmTheDirectoryUp() {
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> warmUp.attempts() >= 2);

        assertThat(warmUp.warmedUp()).isFalse();
    }

    @Test
    void theCallerGets503ProblemWithRetryAfter() {
        given().contentType(ContentType.JSON).body(Map.of("userId", KATE.value()))
                .post("/test/directory/members")
                .then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", not(emptyOrNullString()))
                .body("type", equalTo(DirectoryProblemMappers.DIRECTORY_UNAVAILABLE_TYPE))
                .body("detail", equalTo(PeopleDirectoryUnavailableException.MESSAGE));
    }

    public static class KeycloakOnAClosedPort implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("kam.directory.url", "http://127.0.0.1:" + closedPort(), "kam.directory.warm-up-retry", "1s");
        }

        private static int closedPort() {
            // a port that was free a moment ago and that nothing listens on now
            try (ServerSocket socket = new ServerSocket(0)) {
                return socket.getLocalPort();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
