package dev.kam.contact.rest;

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
 * The buying-centre rules say no: a broken rule is a 422 naming it; a value the domain refuses is a
 * 400; a change that lost a race with another is a 412. (The same mapping exists in account-service;
 * it belongs in service-plumbing, see the report of this change.)
 */
public class RuleProblemMappers {

    private static final String RULE_TYPE = "https://kam.dev/problems/rules/";

    @ServerExceptionMapper
    public Response ruleBroken(DomainRuleViolation e, UriInfo uri, ContainerRequestContext request) {
        return ProblemResponses.of(HttpStatuses.UNPROCESSABLE_CONTENT, RULE_TYPE + e.rule(), "Business rule violated",
                e.getMessage(), uri.getRequestUri().getRawPath(), RequestIds.of(request),
                ProblemResponses.violationsOf(e));
    }

    @ServerExceptionMapper
    public Response valueRefused(IllegalArgumentException e, UriInfo uri, ContainerRequestContext request) {
        return ProblemResponses.of(Response.Status.BAD_REQUEST, ProblemDetail.BLANK_TYPE, "Invalid input",
                e.getMessage(), uri.getRequestUri().getRawPath(), RequestIds.of(request), List.of());
    }

    @ServerExceptionMapper
    public Response lostRace(OptimisticLockException e, UriInfo uri, ContainerRequestContext request) {
        return ProblemResponses.of(Response.Status.PRECONDITION_FAILED, "Precondition failed",
                "Someone changed this meanwhile; read it again and retry", uri.getRequestUri().getRawPath(),
                RequestIds.of(request));
    }
}
