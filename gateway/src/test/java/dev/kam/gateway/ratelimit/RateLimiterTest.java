package dev.kam.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void allowsTheBurstThenRefusesWithTheWaitAndRefillsOverTime() {
        AtomicLong clock = new AtomicLong(0);
        RateLimiter limiter = new RateLimiter(2, 2, 100, clock::get);

        assertThat(limiter.tryAcquire("accounts", "kate").allowed()).isTrue();
        assertThat(limiter.tryAcquire("accounts", "kate").allowed()).isTrue();
        RateLimiter.Decision refused = limiter.tryAcquire("accounts", "kate");
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfterSeconds()).isEqualTo(1);
        assertThat(limiter.tryAcquire("stakeholders", "kate").allowed()).isTrue();
        assertThat(limiter.tryAcquire("accounts", "olga").allowed()).isTrue();

        clock.addAndGet(SECOND / 2);
        assertThat(limiter.tryAcquire("accounts", "kate").allowed()).isTrue();
        assertThat(limiter.tryAcquire("accounts", "kate").allowed()).isFalse();
    }

    @Test
    void forgetsCallersWhoseBucketHasRefilledAndBoundsTheMap() {
        AtomicLong clock = new AtomicLong(0);
        RateLimiter limiter = new RateLimiter(10, 5, 3, clock::get);

        limiter.tryAcquire("accounts", "a");
        limiter.tryAcquire("accounts", "b");
        limiter.tryAcquire("accounts", "c");
        assertThat(limiter.tracked()).isEqualTo(3);

        clock.addAndGet(SECOND); // 0.5 s refills 5 tokens at 10/s: everyone is full again
        limiter.evictIdle();
        assertThat(limiter.tracked()).isZero();

        for (int i = 0; i < 10; i++) {
            limiter.tryAcquire("accounts", "caller-" + i);
            clock.addAndGet(1);
        }
        assertThat(limiter.tracked()).isLessThanOrEqualTo(3);
    }

    @Test
    void isOffWhenTheRateIsZero() {
        RateLimiter limiter = new RateLimiter(0, 0, 10, System::nanoTime);

        assertThat(limiter.enabled()).isFalse();
        for (int i = 0; i < 1000; i++) {
            assertThat(limiter.tryAcquire("accounts", "kate").allowed()).isTrue();
        }
    }
}
