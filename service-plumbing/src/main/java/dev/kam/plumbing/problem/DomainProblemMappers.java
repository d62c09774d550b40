package dev.kam.plumbing.problem;

import dev.kam.kernel.DomainRuleViolation;
import dev.kam.plumbing.http.RequestIds;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The domain says no: a broken business rule ({@link DomainRuleViolation}) is a 422 whose type names
 * the rule (and whose violations name the field, when the rule is about one); a value refused by a
 * value object ({@link IllegalArgumentException}) is a 400; a change that lost a race with another
 * ({@link OptimisticLockException}) is a 412, and the caller re-reads and retries. A service maps its
 * own refusals with more to say (e.g. numbers) next to its resources.
 */
public class DomainProblemMappers {

    /** Prefix of the problem type of a broken rule; the rule's code follows. */
    public static final String RULE_TYPE = "https://kam.dev/problems/rules/";
    public static final String RULE_TITLE = "Business rule violated";

    @ServerExceptionMapper
    public Response ruleBroken(DomainRuleViolation e, UriInfo uri, ContainerRequestContext request) {
        return ProblemResponses.of(HttpStatuses.UNPROCESSABLE_CONTENT, RULE_TYPE + e.rule(), RULE_TITLE,
                e.getMessage(), path(uri), RequestIds.of(request), ProblemResponses.violationsOf(e));
    }

    @ServerExceptionMapper
    public Response valueRefused(IllegalArgumentException e, UriInfo uri, ContainerRequestContext request) {
        return ProblemResponses.of(Response.Status.BAD_REQUEST, ProblemDetail.BLANK_TYPE, "Invalid input",
                e.getMessage(), path(uri), RequestIds.of(request), List.of());
    }

    @ServerExceptionMapper
    public Response lostRace(OptimisticLockException e, UriInfo uri, ContainerRequestContext request) {
        return ProblemResponses.of(Response.Status.PRECONDITION_FAILED, "Precondition failed",
                "Someone changed this meanwhile; read it again and retry", path(uri), RequestIds.of(request));
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getRequestUri().getRawPath();
    }
}
