package dev.kam.plumbing.problem;

import dev.kam.kernel.DomainRuleViolation;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** Builds problem+json responses, so every error in a service has the same shape. */
public final class ProblemResponses {

    private ProblemResponses() {
    }

    public static Response of(Response.StatusType status, String type, String title, String detail,
            String instance, String requestId, List<ProblemDetail.Violation> violations) {
        ProblemDetail body = new ProblemDetail(type, title, status.getStatusCode(), detail, instance, requestId,
                violations);
        return Response.status(status.getStatusCode())
                .type(ProblemDetail.MEDIA_TYPE)
                .entity(body)
                .build();
    }

    public static Response of(Response.StatusType status, String title, String detail, String instance,
            String requestId) {
        return of(status, ProblemDetail.BLANK_TYPE, title, detail, instance, requestId, List.of());
    }

    /** The field a broken rule is about, as a violation, so that the problem names it; none otherwise. */
    public static List<ProblemDetail.Violation> violationsOf(DomainRuleViolation e) {
        return e.field().map(field -> List.of(new ProblemDetail.Violation(field, e.getMessage()))).orElse(List.of());
    }
}
