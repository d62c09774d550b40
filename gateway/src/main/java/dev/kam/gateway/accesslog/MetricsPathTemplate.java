package dev.kam.gateway.accesslog;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.Vertx;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Gives Micrometer's HTTP server timers the path template ({@code /api/accounts/{id}}) instead of the
 * path: proxied routes have no template of their own, so every account id would otherwise become a
 * timer of its own (unbounded memory, and ids in the metrics).
 */
@ApplicationScoped
public class MetricsPathTemplate {

    // The context-local key Quarkus' Micrometer binder reads the template from (Quarkus REST sets it too).
    static final String URL_PATH_TEMPLATE = "UrlPathTemplate";
    // Just after RequestIdFilter (1000) and the access log (950); the timer reads it when the answer ends.
    private static final int AFTER_ACCESS_LOG = 940;

    void register(@Observes Filters filters) {
        filters.register(MetricsPathTemplate::tag, AFTER_ACCESS_LOG);
    }

    @SuppressWarnings("deprecation") // Context#putLocal(Object, Object) is the key Quarkus' binder reads
    private static void tag(RoutingContext ctx) {
        String path = ctx.request().path();
        if (path.startsWith("/api/")) {
            Vertx.currentContext().putLocal(URL_PATH_TEMPLATE, PathTemplate.of(path));
        }
        ctx.next();
    }
}
