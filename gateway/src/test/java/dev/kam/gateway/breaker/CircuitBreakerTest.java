package dev.kam.gateway.breaker;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class CircuitBreakerTest {

    private final AtomicLong clock = new AtomicLong(1_000_000_000L);
    private final CircuitBreaker breaker = new CircuitBreaker(3, Duration.ofSeconds(10), clock::get);

    @Test
    void staysClosedBelowTheThreshold() {
        breaker.onFailure();
        breaker.onFailure();

        assertThat(breaker.tryAcquire().allowed()).isTrue();
        assertThat(breaker.isOpen()).isFalse();
    }

    @Test
    void aSuccessStartsTheCountAgain() {
        breaker.onFailure();
        breaker.onFailure();
        breaker.onSuccess();
        breaker.onFailure();
        breaker.onFailure();

        assertThat(breaker.tryAcquire().allowed()).isTrue();
    }

    @Test
    void opensAtTheThresholdAndRefusesWithTheRemainingWait() {
        assertThat(breaker.onFailure()).isFalse();
        assertThat(breaker.onFailure()).isFalse();
        assertThat(breaker.onFailure()).isTrue();

        clock.addAndGet(Duration.ofMillis(2_500).toNanos());
        CircuitBreaker.Permit permit = breaker.tryAcquire();
        assertThat(permit.allowed()).isFalse();
        assertThat(permit.retryAfterSeconds()).isEqualTo(8);
    }

    @Test
    void letsOneProbeThroughAfterTheOpenPeriodAndClosesWhenItSucceeds() {
        open();
        clock.addAndGet(Duration.ofSeconds(10).toNanos());

        assertThat(breaker.tryAcquire().allowed()).as("the probe").isTrue();
        assertThat(breaker.tryAcquire().allowed()).as("while the probe is out").isFalse();
        breaker.onSuccess();

        assertThat(breaker.tryAcquire().allowed()).isTrue();
        assertThat(breaker.isOpen()).isFalse();
    }

    @Test
    void aFailedProbeOpensItForAnotherPeriod() {
        open();
        clock.addAndGet(Duration.ofSeconds(10).toNanos());
        assertThat(breaker.tryAcquire().allowed()).isTrue();

        breaker.onFailure();

        assertThat(breaker.tryAcquire().retryAfterSeconds()).isEqualTo(10);
        clock.addAndGet(Duration.ofSeconds(10).toNanos());
        assertThat(breaker.tryAcquire().allowed()).isTrue();
    }

    @Test
    void aNeutralProbeHandsTheProbeToTheNextRequest() {
        open();
        clock.addAndGet(Duration.ofSeconds(10).toNanos());
        assertThat(breaker.tryAcquire().allowed()).isTrue();

        breaker.onNeutral();

        assertThat(breaker.tryAcquire().allowed()).isTrue();
    }

    @Test
    void aThresholdOfZeroTurnsItOff() {
        CircuitBreaker off = new CircuitBreaker(0, Duration.ofSeconds(10), clock::get);
        for (int i = 0; i < 10; i++) {
            off.onFailure();
        }

        assertThat(off.enabled()).isFalse();
        assertThat(off.tryAcquire().allowed()).isTrue();
    }

    private void open() {
        breaker.onFailure();
        breaker.onFailure();
        breaker.onFailure();
    }
}
