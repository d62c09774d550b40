package dev.kam.account.rest;

import dev.kam.kernel.DomainRuleViolation;
import dev.kam.plumbing.http.RequestIds;
import dev.kam.plumbing.problem.HttpStatuses;
import dev.kam.plumbing.problem.ProblemDetail;
import dev.kam.plumbing.problem.ProblemResponses;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The domain says no: a broken business rule is a 422 naming the rule; malformed values rejected by
 * the domain's value objects are a 400; a concurrent change is a 412 (the caller re-reads and retries).
 */
public class DomainProblemMappers {

    private static final String RULE_TYPE = "https://kam.dev/problems/rules/";

    @ServerExceptionMapper
    public Response ruleViolated(DomainRuleViolation e, UriInfo uri, ContainerRequestContext request) {
        return ProblemResponses.of(HttpStatuses.UNPROCESSABLE_CONTENT, RULE_TYPE + e.rule(), "Business rule violated",
                e.getMessage(), uri.getRequestUri().getRawPath(), requestId(request),
                ProblemResponses.violationsOf(e));
    }

    @ServerExceptionMapper
    public Response invalidValue(IllegalArgumentException e, UriInfo uri, ContainerRequestContext request) {
        return ProblemResponses.of(Response.Status.BAD_REQUEST, ProblemDetail.BLANK_TYPE, "Invalid input",
                e.getMessage(), uri.getRequestUri().getRawPath(), requestId(request), List.of());
    }

    @ServerExceptionMapper
    public Response concurrentChange(OptimisticLockException e, UriInfo uri, ContainerRequestContext request) {
        return ProblemResponses.of(Response.Status.PRECONDITION_FAILED, "Precondition failed",
                "The account was changed by someone else meanwhile; read it again and retry",
                uri.getRequestUri().getRawPath(), requestId(request));
    }

    private static String requestId(ContainerRequestContext request) {
        return RequestIds.of(request);
    }
}
