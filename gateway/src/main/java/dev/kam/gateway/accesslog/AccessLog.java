package dev.kam.gateway.accesslog;

import dev.kam.gateway.config.GatewayConfig;
import dev.kam.gateway.config.RouteNames;
import dev.kam.gateway.routing.RequestIdFilter;
import dev.kam.gateway.security.ApiAccessGuard;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * One line per /api request in the logger category {@value #CATEGORY} (so operations can route it
 * to a file or collector of its own): caller, route, method, path with ids replaced by {@code {id}}
 * and no query string, status, latency and request id. Never tokens, query strings or bodies.
 */
@ApplicationScoped
public class AccessLog {

    public static final String CATEGORY = "kam.gateway.access";

    private static final Logger LOG = Logger.getLogger(CATEGORY);
    // Just after RequestIdFilter (1000), so every refusal after it (413, 401, 429, ...) is logged too.
    private static final int AFTER_REQUEST_ID = 950;

    private final RouteNames routeNames;
    private final boolean enabled;

    AccessLog(RouteNames routeNames, GatewayConfig config) {
        this.routeNames = routeNames;
        this.enabled = config.accessLog().enabled();
    }

    void register(@Observes Filters filters) {
        if (enabled) {
            filters.register(this::watch, AFTER_REQUEST_ID);
        }
    }

    private void watch(RoutingContext ctx) {
        if (ctx.request().path().startsWith("/api/")) {
            long start = System.nanoTime();
            ctx.addBodyEndHandler(v -> write(ctx, start));
        }
        ctx.next();
    }

    private void write(RoutingContext ctx, long start) {
        if (!LOG.isInfoEnabled()) {
            return;
        }
        String path = ctx.request().path();
        String route = routeNames.of(path);
        LOG.infof("%s %s %d %dms route=%s user=%s req=%s", ctx.request().method().name(), PathTemplate.of(path),
                ctx.response().getStatusCode(), (System.nanoTime() - start) / 1_000_000,
                route == null ? "-" : route, callerOf(ctx), RequestIdFilter.of(ctx));
    }

    /** The token's principal name (Quarkus OIDC: preferred_username, else sub); "-" when anonymous. */
    private static String callerOf(RoutingContext ctx) {
        SecurityIdentity identity = ctx.get(ApiAccessGuard.IDENTITY);
        return identity == null || identity.isAnonymous() || identity.getPrincipal() == null
                ? "-"
                : identity.getPrincipal().getName();
    }
}
