package dev.kam.gateway.routing;

import dev.kam.gateway.problem.GatewayProblem;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** An /api path that no service serves gets a problem+json 404 instead of the server's default page. */
@ApplicationScoped
public class UnknownRoutes {

    // After the service routes, which Quarkus registers with the default order.
    private static final int LAST = Integer.MAX_VALUE - 1;

    void install(@Observes Router router) {
        router.route("/api/*").order(LAST).handler(ctx -> {
            GatewayProblem problem = new GatewayProblem(404, "Not found", "No service answers this path",
                    ctx.request().path(), RequestIdFilter.of(ctx));
            ctx.response()
                    .setStatusCode(404)
                    .putHeader(HttpHeaders.CONTENT_TYPE, GatewayProblem.MEDIA_TYPE)
                    .end(problem.toJson());
        });
    }
}
