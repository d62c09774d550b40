package dev.kam.gateway.routing;

import dev.kam.gateway.problem.GatewayProblem;
import io.netty.channel.ConnectTimeoutException;
import io.quarkus.logging.Log;
import io.vertx.core.Future;
import io.vertx.core.http.HttpHeaders;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;
import java.net.ConnectException;
import java.util.concurrent.TimeoutException;

/**
 * Turns a failed call to a service into a problem+json answer: 503 when the service cannot be
 * reached, 504 when it is too slow, 502 when it broke off the exchange.
 */
final class UpstreamFailures implements ProxyInterceptor {

    private final String service;

    UpstreamFailures(String service) {
        this.service = service;
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        return context.sendRequest().recover(failure -> Future.succeededFuture(problemFor(context, failure)));
    }

    private ProxyResponse problemFor(ProxyContext context, Throwable failure) {
        String requestId = context.request().proxiedRequest().getHeader(RequestIdFilter.HEADER);
        GatewayProblem problem = classify(failure, context.request().proxiedRequest().path(), requestId);
        Log.warnf("Request %s to %s failed with %d: %s", requestId, service, problem.status(), failure.toString());
        return context.request().release().response()
                .setStatusCode(problem.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, GatewayProblem.MEDIA_TYPE)
                .setBody(Body.body(problem.toJson()));
    }

    private GatewayProblem classify(Throwable failure, String path, String requestId) {
        if (failure instanceof ConnectTimeoutException || failure instanceof ConnectException) {
            return new GatewayProblem(503, "Service unavailable",
                    "The " + service + " service cannot be reached; try again shortly", path, requestId);
        }
        if (failure instanceof TimeoutException || failure.getClass().getSimpleName().contains("Timeout")) {
            return new GatewayProblem(504, "Gateway timeout",
                    "The " + service + " service did not answer in time", path, requestId);
        }
        return new GatewayProblem(502, "Bad gateway",
                "The " + service + " service broke off the exchange", path, requestId);
    }
}
