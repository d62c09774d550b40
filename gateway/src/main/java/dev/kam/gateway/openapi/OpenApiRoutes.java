package dev.kam.gateway.openapi;

import dev.kam.gateway.config.GatewayConfig;
import io.quarkus.logging.Log;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Public documentation routes: {@code /q/openapi} answers the services' documents merged into one
 * (see {@link OpenApiMerger}), fetched from each service's {@code /q/openapi?format=json} (once per
 * service, however many routes lead to it) and cached;
 * {@code /q/swagger-ui} answers Swagger UI (the assets of {@code io.smallrye:smallrye-open-api-ui},
 * served from the class path) showing that document. A service that is down is left out and named
 * in {@code x-unavailable-services}; the document itself never fails.
 */
@ApplicationScoped
public class OpenApiRoutes {

    public static final String OPENAPI_PATH = "/q/openapi";
    public static final String SWAGGER_UI_PATH = "/q/swagger-ui";

    private static final String INIT_SCRIPT = "kam-swagger-init.js";
    private static final String ASSETS = "META-INF/resources/openapi-ui/";
    private static final Pattern ASSET_NAME = Pattern.compile("[a-z0-9-]+(\\.[a-z0-9]+)+");

    private final GatewayConfig config;
    private final Vertx vertx;
    private final Map<String, Buffer> assets = new ConcurrentHashMap<>();
    private final String initJs;
    private HttpClient client;

    private record Cached(Future<JsonObject> document, long expiresAtNanos) {
    }

    private volatile Cached cached;

    OpenApiRoutes(GatewayConfig config, Vertx vertx) {
        this.config = config;
        this.vertx = vertx;
        this.initJs = INIT_JS.replace("{{clientId}}", config.openapi().browserClientId());
    }

    void install(@Observes Router router) {
        client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) config.openapi().fetchTimeout().toMillis())
                .setMaxPoolSize(8));
        router.get(OPENAPI_PATH).handler(this::serveDocument);
        router.get(OPENAPI_PATH + ".json").handler(this::serveDocument);
        router.get(SWAGGER_UI_PATH).handler(this::serveIndex);
        router.get(SWAGGER_UI_PATH + "/").handler(this::serveIndex);
        router.get(SWAGGER_UI_PATH + "/index.html").handler(this::serveIndex);
        router.get(SWAGGER_UI_PATH + "/" + INIT_SCRIPT).handler(ctx -> ctx.response()
                .putHeader(HttpHeaders.CONTENT_TYPE, "text/javascript;charset=UTF-8")
                .end(initJs));
        router.get(SWAGGER_UI_PATH + "/:asset").blockingHandler(this::serveAsset);
        // The UI jar also carries its own index page (for a document at /openapi, which the gateway
        // does not have), which Quarkus would serve as a static resource: send callers to ours.
        router.getWithRegex("^/openapi-ui(/(index\\.html)?)?$").handler(ctx -> ctx.redirect(SWAGGER_UI_PATH));
    }

    private void serveDocument(RoutingContext ctx) {
        // Always JSON (the services default to YAML; the gateway answers ?format=json and no format alike).
        document().onComplete(result -> {
            if (result.succeeded()) {
                ctx.response()
                        .putHeader(HttpHeaders.CONTENT_TYPE, "application/json;charset=UTF-8")
                        .putHeader(HttpHeaders.CACHE_CONTROL, "no-cache")
                        .end(result.result().toBuffer());
            } else {
                ctx.fail(result.cause());
            }
        });
    }

    /** The merged document, from the cache while it is fresh. Concurrent callers share one fetch. */
    Future<JsonObject> document() {
        Cached current = cached;
        long now = System.nanoTime();
        if (current != null && now - current.expiresAtNanos() < 0) {
            return current.document();
        }
        synchronized (this) {
            current = cached;
            if (current != null && now - current.expiresAtNanos() < 0) {
                return current.document();
            }
            Future<JsonObject> fresh = fetchAndMerge();
            // Until it completes, callers share the pending fetch.
            cached = new Cached(fresh, now + config.openapi().fetchTimeout().toNanos() * 2);
            fresh.onSuccess(doc -> {
                long ttl = doc.containsKey(OpenApiMerger.UNAVAILABLE)
                        ? config.openapi().degradedCacheTtl().toNanos()
                        : config.openapi().cacheTtl().toNanos();
                cached = new Cached(fresh, System.nanoTime() + ttl);
            });
            return fresh;
        }
    }

    private Future<JsonObject> fetchAndMerge() {
        List<String> names = documentedRoutes(config.routes());
        List<Future<JsonObject>> fetches = new ArrayList<>();
        for (String name : names) {
            fetches.add(fetch(name, config.routes().get(name).url()));
        }
        return Future.join(fetches).transform(ignored -> {
            Map<String, JsonObject> documents = new LinkedHashMap<>();
            Set<String> unavailable = new LinkedHashSet<>();
            for (int i = 0; i < names.size(); i++) {
                Future<JsonObject> fetch = fetches.get(i);
                if (fetch.succeeded()) {
                    documents.put(names.get(i), fetch.result());
                } else {
                    Log.warnf("OpenAPI document of %s unavailable: %s", names.get(i), fetch.cause().toString());
                    unavailable.add(names.get(i));
                }
            }
            return Future.succeededFuture(BrowserLogin.addTo(
                    OpenApiMerger.merge(documents, unavailable, config.publicUrl()),
                    config.openapi().browserRealmUrl()));
        });
    }

    /**
     * The routes whose service's document is fetched, by name: one per service, since several routes may
     * lead to the same one (e.g. /api/accounts and /api/me to account-service) and its document already
     * holds all their paths. Sorted by name, so the merged document and its component prefixes
     * (the first such route's name) do not depend on the configuration's map order.
     */
    static List<String> documentedRoutes(Map<String, GatewayConfig.Route> routes) {
        Set<String> services = new HashSet<>();
        List<String> names = new ArrayList<>();
        for (String name : new TreeSet<>(routes.keySet())) {
            if (services.add(withoutTrailingSlash(routes.get(name).url()))) {
                names.add(name);
            }
        }
        return names;
    }

    private Future<JsonObject> fetch(String name, URI base) {
        String url = withoutTrailingSlash(base) + OPENAPI_PATH + "?format=json";
        long timeout = config.openapi().fetchTimeout().toMillis();
        RequestOptions options = new RequestOptions()
                .setMethod(HttpMethod.GET)
                .setAbsoluteURI(url)
                .setConnectTimeout(timeout)
                .setIdleTimeout(timeout)
                .putHeader(HttpHeaders.ACCEPT, "application/json");
        Future<JsonObject> answer = client.request(options)
                .compose(request -> request.send())
                .compose(response -> bodyIfOk(name, response))
                .map(body -> {
                    JsonObject doc = body.toJsonObject();
                    if (!doc.containsKey("openapi")) {
                        throw new IllegalStateException(name + " did not answer an OpenAPI document");
                    }
                    return doc;
                });
        // An upper bound on the whole exchange, not just on silence.
        return answer.timeout(timeout, java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    private static String withoutTrailingSlash(URI url) {
        return url.toString().replaceAll("/+$", "");
    }

    private static Future<Buffer> bodyIfOk(String name, HttpClientResponse response) {
        if (response.statusCode() != 200) {
            return response.body().transform(ignored -> Future.failedFuture(
                    new IllegalStateException(name + " answered " + response.statusCode())));
        }
        return response.body();
    }

    private void serveIndex(RoutingContext ctx) {
        ctx.response()
                .putHeader(HttpHeaders.CONTENT_TYPE, "text/html;charset=UTF-8")
                .end(INDEX_HTML);
    }

    private void serveAsset(RoutingContext ctx) {
        String name = ctx.pathParam("asset");
        if (name == null || !ASSET_NAME.matcher(name).matches()) {
            ctx.next();
            return;
        }
        Buffer content = assets.computeIfAbsent(name, OpenApiRoutes::load);
        if (content.length() == 0) {
            ctx.next();
            return;
        }
        if (name.endsWith(".html")) {
            // The UI's OAuth2 redirect page runs one inline script: allow exactly that one.
            ctx.response().putHeader("Content-Security-Policy", InlineScriptPolicy.forPage(content));
        }
        ctx.response()
                .putHeader(HttpHeaders.CONTENT_TYPE, contentType(name))
                .putHeader(HttpHeaders.CACHE_CONTROL, "public, max-age=86400")
                .end(content);
    }

    private static Buffer load(String name) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(ASSETS + name)) {
            return in == null ? Buffer.buffer() : Buffer.buffer(in.readAllBytes());
        } catch (IOException e) {
            return Buffer.buffer();
        }
    }

    private static String contentType(String name) {
        if (name.endsWith(".js")) {
            return "text/javascript;charset=UTF-8";
        }
        if (name.endsWith(".css")) {
            return "text/css;charset=UTF-8";
        }
        if (name.endsWith(".png")) {
            return "image/png";
        }
        if (name.endsWith(".ico")) {
            return "image/x-icon";
        }
        if (name.endsWith(".html")) {
            return "text/html;charset=UTF-8";
        }
        if (name.endsWith(".map")) {
            return "application/json";
        }
        return "application/octet-stream";
    }

    // A file of its own rather than inline, so the page's Content-Security-Policy can forbid inline scripts.
    private static final String INIT_JS = """
            window.onload = function () {
              window.ui = SwaggerUIBundle({
                url: '/q/openapi?format=json',
                dom_id: '#swagger-ui',
                deepLinking: true,
                presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
                plugins: [SwaggerUIBundle.plugins.DownloadUrl],
                layout: 'StandaloneLayout',
                persistAuthorization: true,
                oauth2RedirectUrl: window.location.origin + '/q/swagger-ui/oauth2-redirect.html'
              });
              // "Authorize" signs in through Keycloak: authorization code with PKCE, no client secret.
              window.ui.initOAuth({
                clientId: '{{clientId}}',
                scopes: 'openid',
                usePkceWithAuthorizationCodeGrant: true
              });
            };
            """;

    private static final String INDEX_HTML = """
            <!DOCTYPE html>
            <html lang="en">
              <head>
                <meta charset="UTF-8">
                <title>KAM suite API</title>
                <link rel="stylesheet" type="text/css" href="/q/swagger-ui/swagger-ui.css">
                <link rel="icon" href="/q/swagger-ui/favicon.ico" type="image/x-icon">
              </head>
              <body>
                <div id="swagger-ui"></div>
                <script src="/q/swagger-ui/swagger-ui-bundle.js" charset="UTF-8"></script>
                <script src="/q/swagger-ui/swagger-ui-standalone-preset.js" charset="UTF-8"></script>
                <script src="/q/swagger-ui/kam-swagger-init.js" charset="UTF-8"></script>
              </body>
            </html>
            """;
}
