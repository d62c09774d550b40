package dev.kam.plumbing.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * An RFC 9457 problem document, the body of every error response in the suite.
 *
 * @param type       a URI naming the kind of problem; {@code about:blank} when the status says it all
 * @param title      a short, human-readable summary of the kind of problem
 * @param status     the HTTP status code
 * @param detail     what went wrong with this request, in words a caller can act on
 * @param instance   the request path
 * @param requestId  the request id, to find the matching log lines
 * @param violations field-level violations, for invalid input
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ProblemDetail(
        String type,
        String title,
        int status,
        String detail,
        String instance,
        String requestId,
        List<Violation> violations) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String BLANK_TYPE = "about:blank";

    public ProblemDetail {
        violations = violations == null ? List.of() : List.copyOf(violations);
    }

    /** One invalid field of the input. */
    public record Violation(String field, String message) {
    }
}
