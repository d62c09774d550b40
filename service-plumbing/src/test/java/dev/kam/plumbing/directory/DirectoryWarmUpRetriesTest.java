package dev.kam.plumbing.directory;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.ProcessingException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** While Keycloak stays silent the warm-up keeps trying, less and less often, down to once in 30 intervals. */
class DirectoryWarmUpRetriesTest {

    private final DirectoryWarmUp warmUp = new DirectoryWarmUp((realm, id) -> {
        throw new ProcessingException("Connection refused");
    }, new Settings(), null);

    @Test
    void theFirstAttemptsComeAfterOneTwoThreeIntervals() {
        ticks(10);

        assertThat(warmUp.attempts()).as("at intervals 1, 2, 4 and 7").isEqualTo(4);
        assertThat(warmUp.warmedUp()).isFalse();
    }

    @Test
    void aKeycloakThatStaysDownIsAskedOnceInThirtyIntervals() {
        ticks(1_000);
        int before = warmUp.attempts();

        ticks(300);

        assertThat(warmUp.attempts() - before).isEqualTo(300 / DirectoryWarmUp.MAX_GAP);
    }

    private void ticks(int count) {
        for (int i = 0; i < count; i++) {
            warmUp.tick();
        }
    }

    /** The directory's settings as the warm-up reads them. */
    private static final class Settings implements DirectoryConfig {

        @Override
        public boolean enabled() {
            return true;
        }

        @Override
        public String url() {
            return "http://127.0.0.1:1";
        }

        @Override
        public String realm() {
            return "kam";
        }

        @Override
        public String clientId() {
            return "kam-directory";
        }

        @Override
        public String clientSecret() {
            return "secret";
        }

        @Override
        public Duration knownTtl() {
            return Duration.ofMinutes(5);
        }

        @Override
        public Duration unknownTtl() {
            return Duration.ofSeconds(30);
        }

        @Override
        public int maxEntries() {
            return 10;
        }

        @Override
        public Duration warmUpRetry() {
            return Duration.ofSeconds(10);
        }
    }
}
