package dev.kam.plumbing.problem;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * Thrown by use cases to answer with a specific problem (404, 409, 412, 422...) instead of a 500.
 * The message is the problem's detail and is shown to the caller, so it must not carry personal data.
 */
public class ProblemException extends RuntimeException {

    private final Response.StatusType status;
    private final String type;
    private final String title;
    private final List<ProblemDetail.Violation> violations;

    public ProblemException(Response.StatusType status, String title, String detail) {
        this(status, ProblemDetail.BLANK_TYPE, title, detail, List.of());
    }

    public ProblemException(Response.StatusType status, String type, String title, String detail,
            List<ProblemDetail.Violation> violations) {
        super(detail);
        this.status = status;
        this.type = type;
        this.title = title;
        this.violations = List.copyOf(violations);
    }

    public static ProblemException notFound(String what) {
        return new ProblemException(Response.Status.NOT_FOUND, "Not found", what + " was not found");
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(Response.Status.CONFLICT, "Conflict", detail);
    }

    public static ProblemException preconditionFailed(String detail) {
        return new ProblemException(Response.Status.PRECONDITION_FAILED, "Precondition failed", detail);
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(Response.Status.FORBIDDEN, "Forbidden", detail);
    }

    public static ProblemException badRequest(String detail) {
        return new ProblemException(Response.Status.BAD_REQUEST, "Bad request", detail);
    }

    /**
     * A body beyond the JSON reader's limits (nesting depth, string or number length) met by code that
     * reads the body itself: a 422 naming where the reader was, as plumbing's mapper answers for bound bodies.
     */
    public static ProblemException beyondReadLimits(StreamConstraintsException e, JsonParser parser) {
        String field = JsonPaths.of(parser.getParsingContext());
        return new ProblemException(HttpStatuses.UNPROCESSABLE_CONTENT, ProblemDetail.BLANK_TYPE,
                "Request body beyond limits", "The request body exceeds " + e.getOriginalMessage(),
                List.of(new ProblemDetail.Violation(field.isEmpty() ? "request" : field, "beyond the size limits")));
    }

    public Response.StatusType status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public List<ProblemDetail.Violation> violations() {
        return violations;
    }
}
