package dev.kam.gateway.security;

import dev.kam.gateway.config.GatewayConfig;
import dev.kam.gateway.problem.GatewayProblem;
import dev.kam.gateway.routing.RequestIdFilter;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;

/**
 * The gateway's route policy: every /api call needs an authenticated caller, and a route may
 * require one of a set of realm roles. Runs after Quarkus has checked the token (an invalid token
 * never gets here; see {@link AuthFailureResponses}) and before the call is forwarded.
 */
@ApplicationScoped
public class ApiAccessGuard {

    // After Quarkus' authentication (-200) and authorization (-100) filters, before the service routes.
    private static final int AFTER_AUTHENTICATION = -50;

    /** Where the guard leaves the caller's identity for the handlers after it (e.g. the rate limiter). */
    public static final String IDENTITY = "kam.gateway.identity";

    private final GatewayConfig config;

    ApiAccessGuard(GatewayConfig config) {
        this.config = config;
    }

    void install(@Observes Router router) {
        router.route("/api/*").order(AFTER_AUTHENTICATION).handler(this::check);
    }

    private void check(RoutingContext ctx) {
        QuarkusHttpUser.getSecurityIdentity(ctx, null).subscribe().with(
                identity -> decide(ctx, identity),
                ctx::fail);
    }

    private void decide(RoutingContext ctx, SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous()) {
            AuthFailureResponses.unauthorized(ctx);
            return;
        }
        List<String> required = requiredRoles(ctx.request().path());
        if (!required.isEmpty() && required.stream().noneMatch(identity::hasRole)) {
            AuthFailureResponses.send(ctx, new GatewayProblem(403, "Forbidden",
                    "You are not allowed to use this route", ctx.request().path(), RequestIdFilter.of(ctx)), false);
            return;
        }
        ctx.put(IDENTITY, identity);
        ctx.next();
    }

    private List<String> requiredRoles(String path) {
        return config.routes().values().stream()
                .filter(route -> path.equals(route.pathPrefix()) || path.startsWith(route.pathPrefix() + "/"))
                .findFirst()
                .flatMap(GatewayConfig.Route::roles)
                .orElse(List.of());
    }
}
