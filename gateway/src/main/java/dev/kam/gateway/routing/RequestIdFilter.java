package dev.kam.gateway.routing;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;

/**
 * Gives every request an id before anything else runs (authentication included), forwards it to
 * the service and returns it to the caller, so one call's log lines can be found everywhere.
 */
@ApplicationScoped
public class RequestIdFilter {

    public static final String HEADER = "X-Request-Id";
    public static final String CONTEXT_KEY = "requestId";

    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._-]{8,64}");
    private static final int BEFORE_SECURITY = 1000;

    void register(@Observes Filters filters) {
        filters.register(this::assign, BEFORE_SECURITY);
    }

    private void assign(RoutingContext ctx) {
        String offered = ctx.request().getHeader(HEADER);
        String requestId = offered != null && SAFE.matcher(offered).matches() ? offered : UUID.randomUUID().toString();
        ctx.put(CONTEXT_KEY, requestId);
        ctx.request().headers().set(HEADER, requestId);
        MDC.put(CONTEXT_KEY, requestId);
        ctx.addHeadersEndHandler(v -> ctx.response().headers().set(HEADER, requestId));
        ctx.next();
    }

    public static String of(RoutingContext ctx) {
        return ctx.get(CONTEXT_KEY);
    }
}
