package dev.kam.gateway.routing;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
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
        String requestId = offered != null && SAFE.matcher(offered).matches() ? offered : newRequestId();
        ctx.put(CONTEXT_KEY, requestId);
        ctx.request().headers().set(HEADER, requestId);
        MDC.put(CONTEXT_KEY, requestId);
        ctx.addHeadersEndHandler(v -> ctx.response().headers().set(HEADER, requestId));
        ctx.next();
    }

    /**
     * A random (version 4) UUID from the event loop's own generator: an id must be unique, not
     * unguessable, and {@link UUID#randomUUID()} takes a lock and reads /dev/urandom on every other call.
     */
    static String newRequestId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low).toString();
    }

    public static String of(RoutingContext ctx) {
        return ctx.get(CONTEXT_KEY);
    }
}
