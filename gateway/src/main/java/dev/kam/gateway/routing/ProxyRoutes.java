package dev.kam.gateway.routing;

import dev.kam.gateway.config.GatewayConfig;
import io.quarkus.logging.Log;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.proxy.handler.ProxyHandler;
import io.vertx.httpproxy.HttpProxy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.util.regex.Pattern;

/** Forwards each route's path prefix to its service, streaming bodies both ways. */
@ApplicationScoped
public class ProxyRoutes {

    private final GatewayConfig config;
    private final Vertx vertx;

    ProxyRoutes(GatewayConfig config, Vertx vertx) {
        this.config = config;
        this.vertx = vertx;
    }

    void install(@Observes Router router) {
        HttpClient client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) config.connectTimeout().toMillis())
                .setKeepAlive(true)
                .setMaxPoolSize(64));
        config.routes().forEach((name, route) -> {
            HttpProxy proxy = HttpProxy.reverseProxy(client)
                    .origin(context -> client.request(upstreamRequest(route.url())))
                    .addInterceptor(new UpstreamFailures(name));
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
