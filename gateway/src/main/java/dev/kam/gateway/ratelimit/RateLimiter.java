package dev.kam.gateway.ratelimit;

import dev.kam.gateway.config.GatewayConfig;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * One token bucket (Bucket4j, in memory) per caller and route. A bucket that has refilled to its
 * burst size is the same as a new one, so forgetting it loses nothing: {@link #evictIdle()} drops
 * those, which bounds the map by the callers active within one refill period. Per gateway instance:
 * several instances would each allow the full rate (a cluster needs a shared store, e.g. Bucket4j
 * over Redis or Infinispan).
 */
public final class RateLimiter {

    /** The answer to one request: allowed, or refused with the wait until a token is there. */
    public record Decision(boolean allowed, long retryAfterSeconds) {
    }

    private final double requestsPerSecond;
    private final int burst;
    private final int maxTracked;
    private final LongSupplier nanoClock;
    private final TimeMeter timeMeter;
    private final Map<String, Entry> buckets = new ConcurrentHashMap<>();

    private static final class Entry {
        final Bucket bucket;
        volatile long lastUsedNanos;

        Entry(Bucket bucket, long now) {
            this.bucket = bucket;
            this.lastUsedNanos = now;
        }
    }

    public RateLimiter(GatewayConfig.RateLimit config) {
        this(config.requestsPerSecond(), config.burst(), config.maxTrackedCallers(), System::nanoTime);
    }

    RateLimiter(double requestsPerSecond, int burst, int maxTracked, LongSupplier nanoClock) {
        this.requestsPerSecond = requestsPerSecond;
        this.burst = Math.max(1, burst);
        this.maxTracked = Math.max(1, maxTracked);
        this.nanoClock = nanoClock;
        this.timeMeter = new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                return nanoClock.getAsLong();
            }

            @Override
            public boolean isWallClockBased() {
                return false;
            }
        };
    }

    public boolean enabled() {
        return requestsPerSecond > 0;
    }

    public Decision tryAcquire(String route, String caller) {
        if (!enabled()) {
            return new Decision(true, 0);
        }
        long now = nanoClock.getAsLong();
        String key = route + '\u0000' + caller;
        Entry entry = buckets.get(key);
        if (entry == null) {
            if (buckets.size() >= maxTracked) {
                evictIdle();
            }
            entry = buckets.computeIfAbsent(key, k -> new Entry(newBucket(), now));
        }
        entry.lastUsedNanos = now;
        ConsumptionProbe probe = entry.bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return new Decision(true, 0);
        }
        long seconds = (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L;
        return new Decision(false, Math.max(1, seconds));
    }

    /** Forgets callers whose bucket is full again (idle for at least one refill period). */
    public void evictIdle() {
        long now = nanoClock.getAsLong();
        long refillNanos = refillPeriodNanos();
        buckets.entrySet().removeIf(e -> now - e.getValue().lastUsedNanos >= refillNanos
                && e.getValue().bucket.getAvailableTokens() >= burst);
        if (buckets.size() >= maxTracked) {
            // Still too many active callers: drop the least recently used half rather than grow.
            buckets.values().stream()
                    .mapToLong(e -> e.lastUsedNanos)
                    .sorted()
                    .skip(buckets.size() / 2)
                    .findFirst()
                    .ifPresent(cutoff -> buckets.values().removeIf(e -> e.lastUsedNanos < cutoff));
        }
    }

    int tracked() {
        return buckets.size();
    }

    /** Time for an empty bucket to fill up to the burst size. */
    private long refillPeriodNanos() {
        return (long) Math.ceil(burst * 1_000_000_000d / requestsPerSecond);
    }

    private Bucket newBucket() {
        // One token every 1/rps seconds, refilled gradually (greedy), up to burst tokens.
        long nanosPerToken = Math.max(1, (long) Math.ceil(1_000_000_000d / requestsPerSecond));
        return Bucket.builder()
                .addLimit(Bandwidth.builder()
                        .capacity(burst)
                        .refillGreedy(1, Duration.ofNanos(nanosPerToken))
                        .build())
                .withCustomTimePrecision(timeMeter)
                .build();
    }
}
