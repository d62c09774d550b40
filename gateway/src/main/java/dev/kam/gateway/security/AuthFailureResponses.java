package dev.kam.gateway.security;

import dev.kam.gateway.problem.GatewayProblem;
import dev.kam.gateway.routing.RequestIdFilter;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Answers refused calls with a problem+json body. A 401 says only that a valid token is needed,
 * never why the offered one was rejected: unauthorised callers learn nothing.
 */
@ApplicationScoped
public class AuthFailureResponses {

    void install(@Observes Router router) {
        router.route().failureHandler(this::handle);
    }

    private void handle(RoutingContext ctx) {
        Throwable failure = ctx.failure();
        if (failure instanceof AuthenticationFailedException || failure instanceof UnauthorizedException
                || failure instanceof AuthenticationCompletionException) {
            unauthorized(ctx);
        } else if (failure instanceof ForbiddenException) {
            send(ctx, new GatewayProblem(403, "Forbidden", "You are not allowed to use this route",
                    ctx.request().path(), RequestIdFilter.of(ctx)), false);
        } else {
            ctx.next();
        }
    }

    static void unauthorized(RoutingContext ctx) {
        send(ctx, new GatewayProblem(401, "Unauthorized", "A valid bearer token is required", ctx.request().path(),
                RequestIdFilter.of(ctx)), true);
    }

    static void send(RoutingContext ctx, GatewayProblem problem, boolean challenge) {
        if (ctx.response().ended()) {
            return;
        }
        if (challenge) {
            ctx.response().putHeader("WWW-Authenticate", "Bearer");
        }
        ctx.response()
                .setStatusCode(problem.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, GatewayProblem.MEDIA_TYPE)
                .end(problem.toJson());
    }
}
