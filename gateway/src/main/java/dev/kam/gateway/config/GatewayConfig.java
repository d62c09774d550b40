package dev.kam.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The gateway's routes and how long it waits for the services behind them. */
@ConfigMapping(prefix = "kam.gateway")
public interface GatewayConfig {

    /** Routes by name (accounts, stakeholders, incentives). */
    Map<String, Route> routes();

    /** How long to wait for a connection to a service before answering 503. */
    @WithDefault("2s")
    Duration connectTimeout();

    /** How long a service may stay silent while answering before the gateway answers 504. */
    @WithDefault("15s")
    Duration upstreamTimeout();

    interface Route {

        /** The path prefix this route serves, e.g. {@code /api/accounts}; forwarded unchanged. */
        String pathPrefix();

        /** The service's base URL. */
        URI url();

        /** Realm roles of which the caller needs at least one; any authenticated caller when empty. */
        Optional<List<String>> roles();
    }
}
