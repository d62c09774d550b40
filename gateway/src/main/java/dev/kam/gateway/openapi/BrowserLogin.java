package dev.kam.gateway.openapi;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;

/**
 * Lets Swagger UI log a person in through Keycloak (authorization code with PKCE) instead of asking
 * for a pasted token: the merged document gets the OAuth 2 scheme {@value #SCHEME}, and every
 * security requirement gets it as an alternative to the bearer token, so the UI sends the token it
 * obtained with each "try it out" call.
 */
final class BrowserLogin {

    static final String SCHEME = "keycloak";
    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "options", "head", "patch",
            "trace");

    private BrowserLogin() {
    }

    /** @param realmUrl the Keycloak realm as a browser reaches it, e.g. http://127.0.0.1:8180/realms/kam */
    static JsonObject addTo(JsonObject document, String realmUrl) {
        String endpoints = realmUrl.replaceAll("/+$", "") + "/protocol/openid-connect";
        JsonObject flow = new JsonObject()
                .put("authorizationUrl", endpoints + "/auth")
                .put("tokenUrl", endpoints + "/token")
                .put("scopes", new JsonObject().put("openid", "Sign in"));
        JsonObject components = document.getJsonObject("components");
        if (components == null) {
            components = new JsonObject();
            document.put("components", components);
        }
        JsonObject schemes = components.getJsonObject("securitySchemes");
        if (schemes == null) {
            schemes = new JsonObject();
            components.put("securitySchemes", schemes);
        }
        schemes.put(SCHEME, new JsonObject()
                .put("type", "oauth2")
                .put("description", "Sign in with Keycloak (client kam-web, authorization code with PKCE)")
                .put("flows", new JsonObject().put("authorizationCode", flow)));

        offerAlongside(document.getJsonArray("security"));
        JsonObject paths = document.getJsonObject("paths", new JsonObject());
        for (String path : paths.fieldNames()) {
            JsonObject item = paths.getJsonObject(path);
            for (String method : METHODS) {
                JsonObject operation = item.getJsonObject(method);
                if (operation != null) {
                    offerAlongside(operation.getJsonArray("security"));
                }
            }
        }
        return document;
    }

    /** A requirement list that asks for a token also accepts the login's (an empty list stays public). */
    private static void offerAlongside(JsonArray requirements) {
        if (requirements == null || requirements.isEmpty()) {
            return;
        }
        JsonObject login = new JsonObject().put(SCHEME, new JsonArray());
        if (!requirements.contains(login)) {
            requirements.add(login);
        }
    }
}
