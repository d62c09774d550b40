package dev.kam.plumbing.schedule;

import dev.kam.plumbing.AdvisoryLockSpaces;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Lets a scheduled job run in one replica of a service at a time. The job holds a PostgreSQL session
 * advisory lock, named by the job, on a connection of its own for as long as it runs; a replica that
 * finds the lock taken skips its turn, and the next turn comes with the job's schedule. A replica that
 * dies loses its connection, and PostgreSQL releases the lock with it.
 *
 * <p>Call it outside a transaction: inside one the pool hands out the transaction's connection, so
 * two calls of the same transaction would share the lock instead of excluding each other.
 */
@ApplicationScoped
public class OneReplicaAtATime {

    private final DataSource dataSource;
    private final MeterRegistry registry;

    OneReplicaAtATime(DataSource dataSource, MeterRegistry registry) {
        this.dataSource = dataSource;
        this.registry = registry;
    }

    /**
     * Runs the job unless a job of this name runs elsewhere (another replica, or another thread);
     * true when it ran. The job's own failure reaches the caller after the lock is released.
     */
    public boolean runAlone(String jobName, Runnable job) {
        try (Connection session = dataSource.getConnection()) {
            if (!call(session, "select pg_try_advisory_lock(?, ?)", jobName)) {
                Log.debugf("Job %s skipped: it runs in another replica", jobName);
                skipped(jobName).increment();
                return false;
            }
            try {
                job.run();
            } finally {
                release(session, jobName);
            }
            return true;
        } catch (SQLException e) {
            throw new IllegalStateException("The lock of job " + jobName + " failed", e);
        }
    }

    /** The second key of the job's lock; the first is {@link AdvisoryLockSpaces#SCHEDULED_JOBS}. */
    static int keyOf(String jobName) {
        return jobName.hashCode();
    }

    private static void release(Connection session, String jobName) {
        try {
            if (!call(session, "select pg_advisory_unlock(?, ?)", jobName)) {
                Log.warnf("Job %s: its lock was no longer held when the job ended", jobName);
            }
        } catch (SQLException e) {
            // Almost always a broken session: that ended the lock too, and the pool drops the connection.
            Log.errorf("Job %s: its lock could not be released: %s", jobName, e);
        }
    }

    private static boolean call(Connection session, String sql, String jobName) throws SQLException {
        try (PreparedStatement statement = session.prepareStatement(sql)) {
            statement.setInt(1, AdvisoryLockSpaces.SCHEDULED_JOBS);
            statement.setInt(2, keyOf(jobName));
            try (ResultSet result = statement.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }

    private Counter skipped(String jobName) {
        return Counter.builder("kam.schedule.skipped").tag("job", jobName)
                .description("Scheduled runs skipped because the job ran in another replica")
                .register(registry);
    }
}
