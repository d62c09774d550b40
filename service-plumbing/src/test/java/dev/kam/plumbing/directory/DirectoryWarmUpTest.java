package dev.kam.plumbing.directory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kam.kernel.UserId;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * After a start, the directory gets its token and a first answer from the real Keycloak in the
 * background, before anyone asks about a person; the first lookup then finds the client ready.
 */
@QuarkusTest
class DirectoryWarmUpTest {

    private static final UserId KATE = UserId.of("00000000-0000-4000-8000-000000000001");

    @Inject
    DirectoryWarmUp warmUp;

    @Inject
    PeopleDirectory directory;

    @Test
    void keycloakHasAnsweredTheWarmUpSoonAfterTheStartAndTheFirstLookupIsAnswered() {
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(warmUp::warmedUp);
        int attempts = warmUp.attempts();

        assertThat(directory.knows(KATE)).isTrue();
        assertThat(warmUp.attempts()).as("once warmed up, it asks no more").isEqualTo(attempts).isPositive();
    }
}
