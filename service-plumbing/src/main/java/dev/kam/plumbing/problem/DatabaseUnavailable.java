package dev.kam.plumbing.problem;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/**
 * Recognises a request that failed because the database could not be reached, not because of the
 * request: SQLSTATE class 08 (connection exception: refused, broken), 57P01-57P03 (the server shutting
 * down or starting up) and the connection pool giving up waiting for a connection. The caller gets a
 * 503 to retry after a moment instead of a 500 (issue 11, R3: PostgreSQL restarted under load).
 */
public final class DatabaseUnavailable {

    /** Seconds a client is asked to wait; PostgreSQL restarts in a few seconds. */
    static final int RETRY_AFTER_SECONDS = 5;

    private static final int MAX_CAUSES = 20;
    // Agroal's SQLException when no connection could be had within the acquisition timeout; it has no SQLSTATE.
    private static final String POOL_TIMEOUT = "acquisition timeout";

    private DatabaseUnavailable() {
    }

    /** True when {@code failure}'s causes say the database was unreachable. */
    public static boolean causes(Throwable failure) {
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < MAX_CAUSES; depth++, cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException) {
                return true;
            }
            if (cause instanceof SQLException sql) {
                String state = sql.getSQLState();
                if (state != null && (state.startsWith("08") || state.startsWith("57P0"))) {
                    return true;
                }
                if (state == null && sql.getMessage() != null && sql.getMessage().contains(POOL_TIMEOUT)) {
                    return true;
                }
            }
        }
        return false;
    }
}
