package dev.kam.plumbing.http;

import dev.kam.plumbing.problem.HttpStatuses;
import dev.kam.plumbing.problem.ProblemException;
import jakarta.ws.rs.core.EntityTag;

/**
 * Optimistic locking over HTTP: reads carry {@code ETag: "<version>"}; writes must send it back in
 * {@code If-Match}. Missing: 428. Stale: 412. Nothing is changed in either case.
 */
public final class EntityVersions {

    private EntityVersions() {
    }

    public static EntityTag tagOf(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** Checks the caller's If-Match against the stored version. */
    public static void requireMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(HttpStatuses.PRECONDITION_REQUIRED, "Precondition required",
                    "Send the ETag you read in an If-Match header, so a concurrent change is not overwritten");
        }
        String expected = "\"" + currentVersion + "\"";
        String offered = ifMatch.trim().replaceFirst("^W/", "");
        if (!offered.equals(expected) && !offered.equals("*")) {
            throw ProblemException.preconditionFailed(
                    "The resource was changed since you read it (your version " + offered + ", current "
                            + expected + "); read it again and retry");
        }
    }
}
