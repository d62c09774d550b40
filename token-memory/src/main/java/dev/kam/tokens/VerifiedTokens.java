package dev.kam.tokens;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.quarkus.security.identity.SecurityIdentity;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * The identities of bearer tokens whose signature and claims the OIDC mechanism has already checked,
 * each kept until its token's {@code exp}. A token is immutable and signed, so the same string checks
 * out the same way until it expires; what this gives up is noticing a signing key withdrawn from the
 * realm before the token's own expiry (docs/adr/0029).
 */
public final class VerifiedTokens {

    private final Cache<String, Verified> cache;
    private final Clock clock;

    public VerifiedTokens(int maxSize, Clock clock) {
        this.clock = clock;
        this.cache = Caffeine.newBuilder()
                .maximumSize(maxSize)
                .expireAfter(new UntilTokenExpiry(clock))
                // Upkeep on the reading thread, in small amortised steps: handing it to the common pool
                // woke a pool thread every few reads, which cost more than the upkeep itself.
                .executor(Runnable::run)
                .build();
    }

    /** The identity of a token verified before and not expired now. */
    public Optional<SecurityIdentity> find(String token) {
        Verified verified = cache.getIfPresent(token);
        if (verified == null) {
            return Optional.empty();
        }
        // Caffeine's eviction runs on its own schedule; expiry is decided here, by the token's clock.
        if (!clock.instant().isBefore(verified.expiresAt())) {
            cache.invalidate(token);
            return Optional.empty();
        }
        return Optional.of(verified.identity());
    }

    /** Remembers a freshly verified token's identity until {@code expiresAt}; an expired one is not kept. */
    public void remember(String token, SecurityIdentity identity, Instant expiresAt) {
        if (clock.instant().isBefore(expiresAt)) {
            cache.put(token, new Verified(identity, expiresAt));
        }
    }

    long size() {
        cache.cleanUp();
        return cache.estimatedSize();
    }

    private record Verified(SecurityIdentity identity, Instant expiresAt) {
    }

    private record UntilTokenExpiry(Clock clock) implements Expiry<String, Verified> {

        @Override
        public long expireAfterCreate(String token, Verified verified, long currentTime) {
            return Math.max(0, verified.expiresAt().toEpochMilli() - clock.millis()) * 1_000_000;
        }

        @Override
        public long expireAfterUpdate(String token, Verified verified, long currentTime, long currentDuration) {
            return expireAfterCreate(token, verified, currentTime);
        }

        @Override
        public long expireAfterRead(String token, Verified verified, long currentTime, long currentDuration) {
            return currentDuration;
        }
    }
}
