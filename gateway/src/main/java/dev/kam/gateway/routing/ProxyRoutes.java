package dev.kam.gateway.routing;

import dev.kam.gateway.breaker.CircuitBreaker;
import dev.kam.gateway.config.GatewayConfig;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.logging.Log;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.proxy.handler.ProxyHandler;
import io.vertx.httpproxy.HttpProxy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import java.net.URI;
import java.util.Optional;
import java.util.regex.Pattern;

/** Forwards each route's path prefix to its service, streaming bodies both ways. */
@ApplicationScoped
public class ProxyRoutes {

    private final GatewayConfig config;
    private final Vertx vertx;
    private final Optional<MemorySize> maxBodySize;

    ProxyRoutes(GatewayConfig config, Vertx vertx,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") Optional<MemorySize> maxBodySize) {
        this.config = config;
        this.vertx = vertx;
        this.maxBodySize = maxBodySize;
    }

    void install(@Observes Router router) {
        // Up to 32 kept-alive connections per service for each event loop (the gateway has 2 per core).
        UpstreamClients clients = new UpstreamClients(vertx, new HttpClientOptions()
                .setConnectTimeout((int) config.connectTimeout().toMillis())
                .setKeepAlive(true)
                .setMaxPoolSize(32));
        config.routes().forEach((name, route) -> {
            CircuitBreaker breaker = new CircuitBreaker(config.circuitBreaker().failureThreshold(),
                    config.circuitBreaker().openDuration());
            HttpProxy proxy = HttpProxy.reverseProxy(clients.shared())
                    .origin(context -> clients.current().request(upstreamRequest(route.url())))
                    .addInterceptor(new UpstreamFailures(name, breaker));
            // Inside UpstreamFailures, so the exchange it breaks off is answered there.
            maxBodySize.ifPresent(limit -> proxy.addInterceptor(new ChunkedBodyLimit(limit.asLongValue())));
            // The prefix itself and everything below it, but not /api/accountsX.
            String pathRegex = "^" + Pattern.quote(route.pathPrefix()) + "(/.*)?$";
            router.routeWithRegex(pathRegex).handler(ProxyHandler.create(proxy));
            Log.infof("Route %s -> %s", route.pathPrefix(), route.url());
        });
    }

    private RequestOptions upstreamRequest(URI url) {
        return new RequestOptions()
                .setServer(SocketAddress.inetSocketAddress(url.getPort(), url.getHost()))
                .setConnectTimeout(config.connectTimeout().toMillis())
                .setIdleTimeout(config.upstreamTimeout().toMillis());
    }
}
