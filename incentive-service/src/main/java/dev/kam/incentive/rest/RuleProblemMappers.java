package dev.kam.incentive.rest;

import dev.kam.incentive.domain.pay.BaseShareCap;
import dev.kam.incentive.service.money.MoneyBodies;
import dev.kam.incentive.service.plan.BaseShareCapExceeded;
import dev.kam.kernel.DomainRuleViolation;
import dev.kam.plumbing.http.RequestIds;
import dev.kam.plumbing.json.MoneyBody;
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
 * The incentive rules say no: a broken rule is a 422 naming it; a value the domain refuses is a 400;
 * a change that lost a race is a 412. The base share cap's refusal carries its numbers as members of
 * the problem, so a screen can show them without parsing the text. (The first three mappings repeat
 * account- and contact-service's; they belong in service-plumbing.)
 */
public class RuleProblemMappers {

    public static final String RULE_TYPE = "https://kam.dev/problems/rules/";

    /** The problem document of a refused base, with the numbers that explain it. */
    public record CapProblem(String type, String title, int status, String detail, String instance, String requestId,
            String rule, MoneyBody base, MoneyBody totalPossibleReward, String share, String cap,
            MoneyBody largestBaseAllowed) {
    }

    @ServerExceptionMapper
    public Response capExceeded(BaseShareCapExceeded e, UriInfo uri, ContainerRequestContext request) {
        BaseShareCap.Excess excess = e.excess();
        CapProblem body = new CapProblem(RULE_TYPE + BaseShareCap.RULE, "Business rule violated",
                HttpStatuses.UNPROCESSABLE_CONTENT.getStatusCode(), e.getMessage(), uri.getRequestUri().getRawPath(),
                RequestIds.of(request), BaseShareCap.RULE, MoneyBodies.of(excess.base()),
                MoneyBodies.of(excess.totalPossibleReward()), excess.sharePercent(),
                excess.cap().value().toPlainString(), MoneyBodies.of(excess.largestBase()));
        return Response.status(body.status()).type(ProblemDetail.MEDIA_TYPE).entity(body).build();
    }

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
