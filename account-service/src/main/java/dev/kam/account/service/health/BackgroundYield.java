package dev.kam.account.service.health;

import dev.kam.account.config.HealthConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Background health work (the reassessment after a big import, the scheduled pass) waits here between
 * accounts while a bulk write, a purchase import, runs in this instance: on two cores the two compete
 * for the same CPU and the database, and an ERP is waiting for the import's answer, while health is
 * reassessed "soon" either way. The wait is bounded ({@code kam.health.yield-to-imports}), so
 * imports that never stop slow the background work down without stopping it (docs/adr/0034).
 */
@ApplicationScoped
public class BackgroundYield {

    /** A bulk write under way; closing it ends it. */
    public interface BulkWrite extends AutoCloseable {
        @Override
        void close();
    }

    private final long atMostNanos;
    private int underway; // guarded by this

    @Inject
    BackgroundYield(HealthConfig config) {
        this(config.yieldToImports());
    }

    BackgroundYield(Duration atMost) {
        this.atMostNanos = atMost.toNanos();
    }

    /** Marks a bulk write as under way until the answer is closed. */
    public synchronized BulkWrite bulkWriteStarted() {
        underway++;
        AtomicBoolean ended = new AtomicBoolean();
        return () -> {
            if (ended.compareAndSet(false, true)) {
                bulkWriteEnded();
            }
        };
    }

    /**
     * Returns once no bulk write is under way, or after the configured longest wait. An interrupted
     * wait returns at once with the interrupt flag kept, so a stopping executor is not held up.
     */
    public synchronized void awaitTurn() {
        long deadline = System.nanoTime() + atMostNanos;
        long left = atMostNanos;
        while (underway > 0 && left > 0) {
            try {
                wait(Math.max(1, left / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            left = deadline - System.nanoTime();
        }
    }

    synchronized int underway() {
        return underway;
    }

    private synchronized void bulkWriteEnded() {
        underway--;
        if (underway == 0) {
            notifyAll();
        }
    }
}
