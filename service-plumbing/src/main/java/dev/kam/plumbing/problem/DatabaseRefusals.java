package dev.kam.plumbing.problem;

import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Recognises the database refusing a write because of the data itself (SQLSTATE class 22, "data
 * exception": too long, out of range, a NUL character; class 23, "integrity constraint violation").
 * Such a request never stored anything (its transaction was rolled back), so the caller gets a 4xx
 * instead of a 500. It remains a gap in validation, logged so that the rule can be added up front.
 */
final class DatabaseRefusals {

    private static final int MAX_CAUSES = 20;

    private DatabaseRefusals() {
    }

    /** The answer for a refused write found in {@code failure}'s causes, if there is one. */
    static Optional<Refusal> of(Throwable failure) {
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < MAX_CAUSES; depth++, cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.startsWith("22")) {
                    return Optional.of(new Refusal(HttpStatuses.UNPROCESSABLE_CONTENT, "Value not storable",
                            "A value in the request is too long, out of range or contains characters that cannot"
                                    + " be stored", state));
                }
                if (state.startsWith("23")) {
                    return Optional.of(new Refusal(Response.Status.CONFLICT, "Conflict",
                            "The request conflicts with stored data (a duplicate or a reference to something"
                                    + " that does not exist)", state));
                }
            }
        }
        return Optional.empty();
    }

    record Refusal(Response.StatusType status, String title, String detail, String sqlState) {
    }
}
