package dev.kam.incentive.rest;

import dev.kam.incentive.domain.pay.BaseShareCap;
import dev.kam.incentive.service.money.MoneyBodies;
import dev.kam.incentive.service.plan.BaseShareCapExceeded;
import dev.kam.plumbing.http.RequestIds;
import dev.kam.plumbing.json.MoneyBody;
import dev.kam.plumbing.problem.DomainProblemMappers;
import dev.kam.plumbing.problem.HttpStatuses;
import dev.kam.plumbing.problem.ProblemDetail;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The base share cap's refusal, a 422 like every broken rule (service-plumbing's DomainProblemMappers
 * answers the others), carries its numbers as members of the problem, so a screen can show them
 * without parsing the text.
 */
public class RuleProblemMappers {

    /** The problem document of a refused base, with the numbers that explain it. */
    public record CapProblem(String type, String title, int status, String detail, String instance, String requestId,
            String rule, MoneyBody base, MoneyBody totalPossibleReward, String share, String cap,
            MoneyBody largestBaseAllowed) {
    }

    @ServerExceptionMapper
    public Response capExceeded(BaseShareCapExceeded e, UriInfo uri, ContainerRequestContext request) {
        BaseShareCap.Excess excess = e.excess();
        CapProblem body = new CapProblem(DomainProblemMappers.RULE_TYPE + BaseShareCap.RULE,
                DomainProblemMappers.RULE_TITLE, HttpStatuses.UNPROCESSABLE_CONTENT.getStatusCode(), e.getMessage(),
                uri.getRequestUri().getRawPath(), RequestIds.of(request), BaseShareCap.RULE,
                MoneyBodies.of(excess.base()), MoneyBodies.of(excess.totalPossibleReward()), excess.sharePercent(),
                excess.cap().value().toPlainString(), MoneyBodies.of(excess.largestBase()));
        return Response.status(body.status()).type(ProblemDetail.MEDIA_TYPE).entity(body).build();
    }
}
