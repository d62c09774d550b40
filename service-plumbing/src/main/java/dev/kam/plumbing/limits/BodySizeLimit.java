package dev.kam.plumbing.limits;

import dev.kam.plumbing.http.RequestIds;
import dev.kam.plumbing.problem.ProblemDetail;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.Json;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses a body whose declared {@code Content-Length} is over {@code quarkus.http.limits.max-body-size}
 * with a 413 problem before a byte of it is read. Quarkus checks the same limit a little later but
 * answers with an empty body; this filter runs first so that the answer is problem+json like every
 * other error. A chunked body without a length is cut off by Quarkus itself when it grows too large.
 */
@ApplicationScoped
public class BodySizeLimit {

    // Before Quarkus' own upload-limit route (order -2); filters run at order -priority.
    private static final int BEFORE_UPLOAD_LIMIT = 500;

    private final Optional<MemorySize> maxBodySize;

    BodySizeLimit(@ConfigProperty(name = "quarkus.http.limits.max-body-size") Optional<MemorySize> maxBodySize) {
        this.maxBodySize = maxBodySize;
    }

    void register(@Observes Filters filters) {
        maxBodySize.ifPresent(limit -> filters.register(ctx -> refuseIfTooLarge(ctx, limit.asLongValue()),
                BEFORE_UPLOAD_LIMIT));
    }

    private static void refuseIfTooLarge(RoutingContext ctx, long limit) {
        String declared = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (declared == null || !isLongerThan(declared, limit)) {
            ctx.next();
            return;
        }
        String requestId = RequestIds.acceptOrCreate(ctx.request().getHeader(RequestIds.HEADER));
        ProblemDetail problem = new ProblemDetail(ProblemDetail.BLANK_TYPE, "Content too large", 413,
                "The request body is larger than the " + limit + " bytes this service accepts",
                ctx.request().path(), requestId, null);
        // The unread body stays on the connection, so it is closed after the answer.
        ctx.response()
                .setStatusCode(413)
                .putHeader(HttpHeaders.CONTENT_TYPE, ProblemDetail.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, "close")
                .putHeader(RequestIds.HEADER, requestId)
                .end(Json.encode(problem));
    }

    private static boolean isLongerThan(String declared, long limit) {
        try {
            return Long.parseLong(declared.strip()) > limit;
        } catch (NumberFormatException e) {
            return false; // Vert.x itself refuses a malformed Content-Length
        }
    }
}
