package dev.kam.gateway.routing;

import dev.kam.gateway.problem.GatewayProblem;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses a request whose declared body is larger than {@code quarkus.http.limits.max-body-size}
 * with a 413 problem at the edge, before authentication and before anything is forwarded, so a
 * service is never kept busy by it. (Quarkus' own check answers with an empty body; this filter
 * runs first.) A chunked body has no declared length: {@link ChunkedBodyLimit} counts it while it
 * is forwarded.
 */
@ApplicationScoped
public class BodySizeLimit {

    // After RequestIdFilter (1000), before authentication and Quarkus' upload-limit route (order -2).
    private static final int AFTER_REQUEST_ID = 900;

    private final Optional<MemorySize> maxBodySize;

    BodySizeLimit(@ConfigProperty(name = "quarkus.http.limits.max-body-size") Optional<MemorySize> maxBodySize) {
        this.maxBodySize = maxBodySize;
    }

    void register(@Observes Filters filters) {
        maxBodySize.ifPresent(limit -> filters.register(ctx -> check(ctx, limit.asLongValue()), AFTER_REQUEST_ID));
    }

    private static void check(RoutingContext ctx, long limit) {
        if (!declaresMoreThan(ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH), limit)) {
            ctx.next();
            return;
        }
        GatewayProblem problem = tooLarge(limit, ctx.request().path(), RequestIdFilter.of(ctx));
        // The body is left unread, so the connection cannot carry another request.
        ctx.response()
                .setStatusCode(413)
                .putHeader(HttpHeaders.CONTENT_TYPE, GatewayProblem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, "close")
                .end(problem.toJson());
    }

    static GatewayProblem tooLarge(long limit, String path, String requestId) {
        return new GatewayProblem(413, "Content too large",
                "The request body is larger than the " + limit + " bytes the API accepts", path, requestId);
    }

    private static boolean declaresMoreThan(String contentLength, long limit) {
        if (contentLength == null) {
            return false;
        }
        try {
            return Long.parseLong(contentLength.strip()) > limit;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
