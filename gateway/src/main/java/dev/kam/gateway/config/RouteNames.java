package dev.kam.gateway.config;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/** Which configured route serves a path: the prefix itself and everything below it, not /api/accountsX. */
@ApplicationScoped
public class RouteNames {

    private final GatewayConfig config;

    RouteNames(GatewayConfig config) {
        this.config = config;
    }

    /** The route's name, or null when no route serves the path. */
    public String of(String path) {
        for (Map.Entry<String, GatewayConfig.Route> entry : config.routes().entrySet()) {
            String prefix = entry.getValue().pathPrefix();
            if (path.startsWith(prefix) && (path.length() == prefix.length() || path.charAt(prefix.length()) == '/')) {
                return entry.getKey();
            }
        }
        return null;
    }
}
