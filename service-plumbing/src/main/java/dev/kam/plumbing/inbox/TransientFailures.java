package dev.kam.plumbing.inbox;

import dev.kam.plumbing.problem.DatabaseUnavailable;
import io.quarkus.logging.Log;
import jakarta.persistence.OptimisticLockException;
import java.sql.SQLException;
import java.time.Duration;
import org.hibernate.StaleStateException;

/**
 * Applies an event until it is applied, as long as what stops it will pass: the database away
 * (restarting, unreachable) or a lost race with another consumer on the same row (an optimistic
 * lock, a serialization failure, a deadlock). The consumers' {@code @Retry} gives up after a few
 * seconds and the event would go to the dead-letter topic, lost to the statements and replicas
 * although nothing is wrong with it (issue 11, R2 and R3). Anything else, poison included, is
 * thrown at once to the caller's {@code @Retry} and dead-letter handling as before.
 */
public final class TransientFailures {

    /** How long one event may wait for the database before it counts as failed. */
    public static final Duration PATIENCE = Duration.ofMinutes(10);
    private static final long FIRST_PAUSE_MILLIS = 200;
    private static final long LONGEST_PAUSE_MILLIS = 5_000;
    private static final int MAX_CAUSES = 20;

    private TransientFailures() {
    }

    /** Runs {@code apply} again after each transient failure, with back-off, for up to {@code patience}. */
    public static void retried(String what, Runnable apply, Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        long pause = FIRST_PAUSE_MILLIS;
        for (int attempt = 1; ; attempt++) {
            try {
                apply.run();
                return;
            } catch (RuntimeException e) {
                if (!isTransient(e) || System.nanoTime() + pause * 1_000_000 > deadline) {
                    throw e;
                }
                Log.warnf("%s failed for a passing reason (attempt %d), again in %d ms: %s", what, attempt, pause,
                        e.toString());
                sleep(pause);
                pause = Math.min(pause * 2, LONGEST_PAUSE_MILLIS);
            }
        }
    }

    /** The database away, or a race another transaction won; never poison. */
    public static boolean isTransient(Throwable failure) {
        if (failure instanceof PoisonEventException) {
            return false;
        }
        if (DatabaseUnavailable.causes(failure)) {
            return true;
        }
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < MAX_CAUSES; depth++, cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException || cause instanceof StaleStateException) {
                return true;
            }
            // 40001 serialization failure, 40P01 deadlock: PostgreSQL asks for the transaction to be run again
            if (cause instanceof SQLException sql && ("40001".equals(sql.getSQLState())
                    || "40P01".equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to apply an event again", e);
        }
    }
}
