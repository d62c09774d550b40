package dev.kam.plumbing.http;

import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.UUID;
import java.util.regex.Pattern;

/** The request id that ties one call's log lines together across the gateway and the services. */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";

    // Accept only ids that are safe to echo into headers and logs.
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._-]{8,64}");

    private RequestIds() {
    }

    /** The id {@link RequestIdFilters} gave the current request, or null outside a request. */
    public static String of(ContainerRequestContext request) {
        Object id = request == null ? null : request.getProperty(MDC_KEY);
        return id == null ? null : id.toString();
    }

    /** The caller's id when it is well formed, otherwise a new one. */
    public static String acceptOrCreate(String offered) {
        if (offered != null && SAFE.matcher(offered).matches()) {
            return offered;
        }
        return UUID.randomUUID().toString();
    }
}
