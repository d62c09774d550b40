package dev.kam.gateway.routing;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The HTTP clients the gateway calls the services with: one per event loop. Vert.x 4's connection
 * pool lends an idle connection to any caller, and a call from one event loop on a connection opened
 * by another hops threads at every step (request head, response head, body, end: each a queued task
 * and a wake-up); that was about a tenth of the gateway's CPU per call (docs/adr/0029). A client used
 * by one event loop only opens its connections on that loop, so a call stays on the thread that
 * took the request.
 */
final class UpstreamClients {

    private final Vertx vertx;
    private final HttpClientOptions options;
    private final Map<Thread, HttpClient> perEventLoop = new ConcurrentHashMap<>();
    private final HttpClient shared;

    UpstreamClients(Vertx vertx, HttpClientOptions options) {
        this.vertx = vertx;
        this.options = options;
        this.shared = vertx.createHttpClient(options);
    }

    /** The client off the event loops (what HttpProxy keeps for itself; calls go through {@link #current()}). */
    HttpClient shared() {
        return shared;
    }

    /** The calling event loop's own client; the shared one off an event loop (not expected, but safe). */
    HttpClient current() {
        if (!Context.isOnEventLoopThread()) {
            return shared;
        }
        Thread eventLoop = Thread.currentThread();
        HttpClient client = perEventLoop.get(eventLoop);
        return client != null ? client : perEventLoop.computeIfAbsent(eventLoop, thread -> vertx.createHttpClient(options));
    }
}
