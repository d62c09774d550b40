package dev.kam.gateway.ratelimit;

import dev.kam.gateway.config.GatewayConfig;
import dev.kam.gateway.config.RouteNames;
import dev.kam.gateway.problem.GatewayProblem;
import dev.kam.gateway.routing.RequestIdFilter;
import dev.kam.gateway.security.ApiAccessGuard;
import io.quarkus.logging.Log;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Rate limits each /api route per caller: the token's subject (principal name), or the client's
 * address for an anonymous call. Runs after {@code ApiAccessGuard} so refused callers do not spend
 * tokens; a caller over the limit gets 429 problem+json with {@code Retry-After}.
 */
@ApplicationScoped
public class RateLimitFilter {

    // After ApiAccessGuard (-50), before the service routes.
    private static final int AFTER_ACCESS_GUARD = -40;
    private static final long SWEEP_MILLIS = 30_000;

    private final GatewayConfig config;
    private final Vertx vertx;
    private final RateLimiter limiter;
    private final RouteNames routeNames;

    RateLimitFilter(GatewayConfig config, Vertx vertx, RouteNames routeNames) {
        this.config = config;
        this.vertx = vertx;
        this.routeNames = routeNames;
        this.limiter = new RateLimiter(config.rateLimit());
    }

    void install(@Observes Router router) {
        if (!limiter.enabled()) {
            Log.info("Rate limiting is off (kam.gateway.rate-limit.requests-per-second=0)");
            return;
        }
        router.route("/api/*").order(AFTER_ACCESS_GUARD).handler(this::limit);
        vertx.setPeriodic(SWEEP_MILLIS, id -> limiter.evictIdle());
        Log.infof("Rate limit: %s requests/s, burst %d, per caller and route",
                config.rateLimit().requestsPerSecond(), config.rateLimit().burst());
    }

    private void limit(RoutingContext ctx) {
        String route = routeNames.of(ctx.request().path());
        if (route == null) {
            ctx.next(); // not a service route: UnknownRoutes answers 404
            return;
        }
        RateLimiter.Decision decision = limiter.tryAcquire(route, callerOf(ctx));
        if (decision.allowed()) {
            ctx.next();
            return;
        }
        GatewayProblem problem = new GatewayProblem(429, "Too many requests",
                "Rate limit for this route exceeded; retry after " + decision.retryAfterSeconds() + " s",
                ctx.request().path(), RequestIdFilter.of(ctx));
        ctx.response()
                .setStatusCode(429)
                .putHeader(HttpHeaders.RETRY_AFTER, Long.toString(decision.retryAfterSeconds()))
                .putHeader(HttpHeaders.CONTENT_TYPE, GatewayProblem.MEDIA_TYPE)
                .end(problem.toJson());
    }

    private static String callerOf(RoutingContext ctx) {
        SecurityIdentity identity = ctx.get(ApiAccessGuard.IDENTITY);
        if (identity == null && ctx.user() instanceof QuarkusHttpUser user) {
            identity = user.getSecurityIdentity();
        }
        if (identity != null && !identity.isAnonymous() && identity.getPrincipal() != null) {
            return "sub:" + identity.getPrincipal().getName();
        }
        return "ip:" + (ctx.request().remoteAddress() == null ? "unknown" : ctx.request().remoteAddress().host());
    }

}
