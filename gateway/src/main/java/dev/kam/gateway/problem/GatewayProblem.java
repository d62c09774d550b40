package dev.kam.gateway.problem;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;

/**
 * The gateway's own RFC 9457 problem bodies, in the same shape as the services' (type, title,
 * status, detail, instance, requestId).
 */
public record GatewayProblem(int status, String title, String detail, String instance, String requestId) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public Buffer toJson() {
        JsonObject json = new JsonObject()
                .put("type", "about:blank")
                .put("title", title)
                .put("status", status);
        if (detail != null) {
            json.put("detail", detail);
        }
        if (instance != null) {
            json.put("instance", instance);
        }
        if (requestId != null) {
            json.put("requestId", requestId);
        }
        return json.toBuffer();
    }
}
