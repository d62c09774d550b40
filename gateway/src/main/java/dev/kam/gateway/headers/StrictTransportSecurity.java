package dev.kam.gateway.headers;

import dev.kam.gateway.config.GatewayConfig;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Sends {@code Strict-Transport-Security} when {@code kam.gateway.strict-transport-security} is set.
 * The other security headers are plain {@code quarkus.http.filter.*} configuration; this one is code
 * because it must be possible to leave it out entirely (a local stack on plain HTTP).
 */
@ApplicationScoped
public class StrictTransportSecurity {

    private static final String HEADER = "Strict-Transport-Security";

    private final GatewayConfig config;

    StrictTransportSecurity(GatewayConfig config) {
        this.config = config;
    }

    void install(@Observes Router router) {
        config.strictTransportSecurity().filter(value -> !value.isBlank()).ifPresent(value ->
                router.route().order(Integer.MIN_VALUE).handler(ctx -> {
                    ctx.response().headers().set(HEADER, value);
                    ctx.next();
                }));
    }
}
