package dev.kam.gateway.routing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Stands in for the services: the accounts route reaches an echo server, the stakeholders route a
 * server that answers too late, and the incentives route a port where nothing listens.
 */
public class UpstreamStubs implements QuarkusTestResourceLifecycleManager {

    static final String SLOW_PATH = "/api/stakeholders/slow";

    private final CountDownLatch released = new CountDownLatch(1);
    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 16);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/api/accounts", UpstreamStubs::echo);
        server.createContext(SLOW_PATH, this::slow);
        server.start();
        String stub = "http://127.0.0.1:" + server.getAddress().getPort();
        return Map.of(
                "kam.gateway.routes.accounts.url", stub,
                "kam.gateway.routes.stakeholders.url", stub,
                "kam.gateway.routes.incentives.url", "http://127.0.0.1:" + closedPort(),
                "kam.gateway.upstream-timeout", "1s");
    }

    @Override
    public void stop() {
        released.countDown();
        if (server != null) {
            server.stop(0);
        }
    }

    private static void echo(HttpExchange exchange) throws IOException {
        String body;
        try (InputStream in = exchange.getRequestBody()) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String json = "{\"method\":\"%s\",\"uri\":\"%s\",\"authorization\":\"%s\",\"requestId\":\"%s\",\"body\":%s}"
                .formatted(exchange.getRequestMethod(), exchange.getRequestURI(),
                        header(exchange, "Authorization"), header(exchange, "X-Request-Id"),
                        body.isEmpty() ? "null" : body);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.getResponseHeaders().add("X-Upstream", "echo");
        int status = "POST".equals(exchange.getRequestMethod()) ? 201 : 200;
        send(exchange, status, json);
    }

    /** Holds the answer back until the stubs stop (or for longer than the gateway waits). */
    private void slow(HttpExchange exchange) throws IOException {
        try {
            released.await(3, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        send(exchange, 200, "{}");
    }

    private static void send(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static String header(HttpExchange exchange, String name) {
        String value = exchange.getRequestHeaders().getFirst(name);
        return value == null ? "" : value;
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
