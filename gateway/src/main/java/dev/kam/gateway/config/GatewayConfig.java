package dev.kam.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The gateway's routes, how long it waits for the services behind them, its OpenAPI merge and its rate limits. */
@ConfigMapping(prefix = "kam.gateway")
public interface GatewayConfig {

    /** Routes by name (accounts, me, stakeholders, incentives). */
    Map<String, Route> routes();

    /** How long to wait for a connection to a service before answering 503. */
    @WithDefault("2s")
    Duration connectTimeout();

    /** How long a service may stay silent while answering before the gateway answers 504. */
    @WithDefault("15s")
    Duration upstreamTimeout();

    /** The gateway's address as callers see it; the merged OpenAPI document names it as the server. */
    @WithDefault("http://127.0.0.1:8080")
    String publicUrl();

    /** The Strict-Transport-Security value sent with every answer; none when empty (plain HTTP locally). */
    Optional<String> strictTransportSecurity();

    /** How the merged OpenAPI document is built from the services' documents. */
    OpenApi openapi();

    /** Per-caller, per-route request limits. */
    RateLimit rateLimit();

    /** The access log of /api requests. */
    AccessLog accessLog();

    interface AccessLog {

        /** One line per /api request in the category kam.gateway.access. */
        @WithDefault("true")
        boolean enabled();
    }

    /** When the gateway stops calling a failing service for a moment. */
    CircuitBreaker circuitBreaker();

    interface CircuitBreaker {

        /** Failures in a row (503, 504, no connection) that open a route's circuit; 0 turns it off. */
        @WithDefault("5")
        int failureThreshold();

        /** How long an open circuit answers 503 at once before one probe request is let through. */
        @WithDefault("10s")
        Duration openDuration();
    }

    interface OpenApi {

        /** How long the merged document is reused before the services are asked again. */
        @WithDefault("60s")
        Duration cacheTtl();

        /** How long the merged document is reused when a service could not be reached. */
        @WithDefault("5s")
        Duration degradedCacheTtl();

        /** The Keycloak client Swagger UI signs people in with (public, authorization code with PKCE). */
        @WithDefault("kam-web")
        String browserClientId();

        /** The Keycloak realm as a browser reaches it, for Swagger UI's sign-in. */
        String browserRealmUrl();

        /** How long to wait for one service's document. */
        @WithDefault("3s")
        Duration fetchTimeout();
    }

    interface RateLimit {

        /** Sustained requests per second per caller and route; 0 turns rate limiting off. */
        @WithDefault("200")
        double requestsPerSecond();

        /** How many requests a caller may make at once before the sustained rate applies. */
        @WithDefault("400")
        int burst();

        /** At most this many caller buckets are kept; idle callers are forgotten first. */
        @WithDefault("100000")
        int maxTrackedCallers();
    }

    interface Route {

        /** The path prefix this route serves, e.g. {@code /api/accounts}; forwarded unchanged. */
        String pathPrefix();

        /** The service's base URL. */
        URI url();

        /** Realm roles of which the caller needs at least one; any authenticated caller when empty. */
        Optional<List<String>> roles();
    }
}
