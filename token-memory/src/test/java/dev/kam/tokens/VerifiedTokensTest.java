package dev.kam.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class VerifiedTokensTest {

    private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");

    private final MovableClock clock = new MovableClock(NOW);
    private final VerifiedTokens tokens = new VerifiedTokens(2, clock);

    @Test
    void aRememberedTokenIsFoundUntilItExpires() {
        SecurityIdentity kate = identity("kate");
        tokens.remember("token-a", kate, NOW.plusSeconds(300));

        clock.advance(Duration.ofSeconds(299));
        assertThat(tokens.find("token-a")).containsSame(kate);

        clock.advance(Duration.ofSeconds(1));
        assertThat(tokens.find("token-a")).isEmpty();
    }

    @Test
    void anotherTokenOfTheSamePersonIsNotFound() {
        tokens.remember("token-a", identity("kate"), NOW.plusSeconds(300));

        assertThat(tokens.find("token-a-tampered")).isEmpty();
        assertThat(tokens.find("")).isEmpty();
    }

    @Test
    void aTokenAlreadyExpiredIsNotRemembered() {
        tokens.remember("token-a", identity("kate"), NOW);
        tokens.remember("token-b", identity("tom"), NOW.minusSeconds(1));

        assertThat(tokens.find("token-a")).isEmpty();
        assertThat(tokens.find("token-b")).isEmpty();
        assertThat(tokens.size()).isZero();
    }

    @Test
    void noMoreThanTheMaximumIsKept() {
        for (int i = 0; i < 50; i++) {
            tokens.remember("token-" + i, identity("user" + i), NOW.plusSeconds(300));
        }

        assertThat(tokens.size()).isLessThanOrEqualTo(2);
    }

    private static SecurityIdentity identity(String name) {
        return QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal(name)).addRole("employee").build();
    }

    private static final class MovableClock extends Clock {

        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
