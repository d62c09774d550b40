package dev.kam.gateway.breaker;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;

/**
 * The circuit breaker of one upstream service: after {@code failureThreshold} failures in a row it
 * opens and the gateway answers at once instead of waiting for a service that is down; after
 * {@code openDuration} one probe request is let through (half-open), whose outcome closes it again
 * or reopens it. Lock-free; a request in the closed state with no failures pending allocates nothing.
 */
public final class CircuitBreaker {

    /** Whether a request may go to the service, and if not, how long the caller should wait. */
    public record Permit(boolean allowed, long retryAfterSeconds) {
    }

    private enum Mode { CLOSED, OPEN, HALF_OPEN }

    private record State(Mode mode, int failures, long sinceNanos) {
    }

    private static final State CLOSED = new State(Mode.CLOSED, 0, 0);
    private static final Permit ALLOWED = new Permit(true, 0);

    private final int failureThreshold;
    private final long openNanos;
    private final LongSupplier nanoClock;
    private final AtomicReference<State> state = new AtomicReference<>(CLOSED);

    public CircuitBreaker(int failureThreshold, Duration openDuration) {
        this(failureThreshold, openDuration, System::nanoTime);
    }

    CircuitBreaker(int failureThreshold, Duration openDuration, LongSupplier nanoClock) {
        this.failureThreshold = failureThreshold;
        this.openNanos = openDuration.toNanos();
        this.nanoClock = nanoClock;
    }

    /** A threshold of 0 turns the breaker off: every request goes through. */
    public boolean enabled() {
        return failureThreshold > 0;
    }

    public Permit tryAcquire() {
        State current = state.get();
        if (current.mode() == Mode.CLOSED || !enabled()) {
            return ALLOWED;
        }
        long now = nanoClock.getAsLong();
        if (current.mode() == Mode.OPEN && now - current.sinceNanos() >= openNanos
                && state.compareAndSet(current, new State(Mode.HALF_OPEN, current.failures(), now))) {
            return ALLOWED; // this request is the probe
        }
        if (current.mode() == Mode.HALF_OPEN) {
            // A probe that never reports back (e.g. the caller went away) must not keep it shut for good.
            if (now - current.sinceNanos() >= openNanos
                    && state.compareAndSet(current, new State(Mode.HALF_OPEN, current.failures(), now))) {
                return ALLOWED;
            }
            return new Permit(false, 1);
        }
        long remaining = openNanos - (now - current.sinceNanos());
        return new Permit(false, Math.max(1, (remaining + 999_999_999L) / 1_000_000_000L));
    }

    public void onSuccess() {
        if (state.get() != CLOSED) {
            state.set(CLOSED);
        }
    }

    /** Counts a failure; true when it is the one that opened the circuit. */
    public boolean onFailure() {
        if (!enabled()) {
            return false;
        }
        while (true) {
            State current = state.get();
            State next;
            if (current.mode() == Mode.HALF_OPEN) {
                next = new State(Mode.OPEN, current.failures() + 1, nanoClock.getAsLong());
            } else if (current.mode() == Mode.OPEN) {
                return false; // a request let through before it opened; the open period stands
            } else if (current.failures() + 1 >= failureThreshold) {
                next = new State(Mode.OPEN, current.failures() + 1, nanoClock.getAsLong());
            } else {
                next = new State(Mode.CLOSED, current.failures() + 1, 0);
            }
            if (state.compareAndSet(current, next)) {
                return next.mode() == Mode.OPEN && current.mode() == Mode.CLOSED;
            }
        }
    }

    /** An outcome that says nothing about the service (e.g. a body refused as too large). */
    public void onNeutral() {
        State current = state.get();
        if (current.mode() == Mode.HALF_OPEN) {
            // Give the next request the probe rather than waiting for another open period.
            state.compareAndSet(current, new State(Mode.HALF_OPEN, current.failures(), current.sinceNanos() - openNanos));
        }
    }

    boolean isOpen() {
        return state.get().mode() != Mode.CLOSED;
    }
}
