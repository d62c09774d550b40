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
 * Stands in for the services: the accounts route (and the me route, which leads to the same service) reaches an echo server, the stakeholders route a
 * second echo server with one path that answers too late, and the incentives route a port where
 * nothing listens. Both servers answer {@code /q/openapi} with a small document; each defines a
 * {@code Problem} schema of its own, so the gateway's merge must keep them apart.
 */
public class UpstreamStubs implements QuarkusTestResourceLifecycleManager {

    static final String SLOW_PATH = "/api/stakeholders/slow";

    private final CountDownLatch released = new CountDownLatch(1);
    private HttpServer server;
    private HttpServer stakeholders;

    @Override
    public Map<String, String> start() {
        server = newServer();
        server.createContext("/api/accounts", UpstreamStubs::echo);
        server.createContext("/api/me", UpstreamStubs::echo);
        server.createContext("/q/openapi", exchange -> openapi(exchange, ACCOUNTS_OPENAPI));
        server.start();
        stakeholders = newServer();
        stakeholders.createContext("/api/stakeholders", UpstreamStubs::echo);
        stakeholders.createContext(SLOW_PATH, this::slow);
        stakeholders.createContext("/q/openapi", exchange -> openapi(exchange, STAKEHOLDERS_OPENAPI));
        stakeholders.start();
        return Map.of(
                "kam.gateway.routes.accounts.url", "http://127.0.0.1:" + server.getAddress().getPort(),
                "kam.gateway.routes.stakeholders.url", "http://127.0.0.1:" + stakeholders.getAddress().getPort(),
                "kam.gateway.routes.incentives.url", "http://127.0.0.1:" + closedPort(),
                "kam.gateway.upstream-timeout", "1s");
    }

    @Override
    public void stop() {
        released.countDown();
        if (server != null) {
            server.stop(0);
        }
        if (stakeholders != null) {
            stakeholders.stop(0);
        }
    }

    private static HttpServer newServer() {
        try {
            HttpServer created = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 16);
            created.setExecutor(Executors.newFixedThreadPool(4));
            return created;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void openapi(HttpExchange exchange, String document) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        send(exchange, 200, document);
    }

    static final String ACCOUNTS_OPENAPI = """
            {"openapi": "3.1.0",
             "info": {"title": "account-service API", "version": "1.0"},
             "tags": [{"name": "Accounts", "description": "Key accounts"}],
             "security": [{"bearer": []}],
             "paths": {
               "/api/accounts": {"get": {"tags": ["Accounts"], "operationId": "listAccounts",
                 "responses": {
                   "200": {"description": "A page of accounts", "content": {"application/json": {"schema":
                     {"type": "array", "items": {"$ref": "#/components/schemas/Account"}}}}},
                   "400": {"$ref": "#/components/responses/BadRequest"}}}},
               "/api/me": {"get": {"tags": ["Caller"], "operationId": "whoAmI",
                 "responses": {"200": {"description": "The caller"}}}}},
             "components": {
               "schemas": {
                 "Account": {"type": "object", "properties": {
                   "id": {"type": "string"}, "status": {"$ref": "#/components/schemas/Status"}}},
                 "Status": {"type": "string", "enum": ["KEY", "STRATEGIC"]},
                 "Problem": {"type": "object", "properties": {"title": {"type": "string"}}}},
               "responses": {
                 "BadRequest": {"description": "Invalid input", "content": {"application/problem+json":
                   {"schema": {"$ref": "#/components/schemas/Problem"}}}}},
               "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer", "bearerFormat": "JWT"}}}}
            """;

    static final String STAKEHOLDERS_OPENAPI = """
            {"openapi": "3.1.0",
             "info": {"title": "contact-service API", "version": "1.0"},
             "tags": [{"name": "Stakeholders"}],
             "security": [{"bearer": []}],
             "paths": {
               "/api/stakeholders/{id}": {"get": {"tags": ["Stakeholders"], "operationId": "getStakeholder",
                 "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string"}}],
                 "responses": {
                   "200": {"description": "The stakeholder", "content": {"application/json": {"schema":
                     {"$ref": "#/components/schemas/Stakeholder"}}}},
                   "404": {"description": "Unknown", "content": {"application/problem+json": {"schema":
                     {"$ref": "#/components/schemas/Problem"}}}}}}}},
             "components": {
               "schemas": {
                 "Stakeholder": {"type": "object", "properties": {"name": {"type": "string"}}},
                 "Problem": {"type": "object", "properties": {"detail": {"type": "string"}}}},
               "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer", "bearerFormat": "JWT"}}}}
            """;

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
