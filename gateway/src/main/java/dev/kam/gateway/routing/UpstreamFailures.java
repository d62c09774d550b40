package dev.kam.gateway.routing;

import dev.kam.gateway.breaker.CircuitBreaker;
import dev.kam.gateway.problem.GatewayProblem;
import io.netty.channel.ConnectTimeoutException;
import io.quarkus.logging.Log;
import io.vertx.core.Future;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;
import java.net.ConnectException;
import java.util.concurrent.TimeoutException;

/**
 * Turns a failed call to a service into a problem+json answer: 503 when the service cannot be
 * reached, 504 when it is too slow, 502 when it broke off the exchange, 413 when a chunked body grew
 * too large on the way. Feeds the route's {@link CircuitBreaker} and, while it is open, answers 503
 * with {@code Retry-After} without calling the service.
 */
final class UpstreamFailures implements ProxyInterceptor {

    private final String service;
    private final CircuitBreaker breaker;

    UpstreamFailures(String service, CircuitBreaker breaker) {
        this.service = service;
        this.breaker = breaker;
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        CircuitBreaker.Permit permit = breaker.tryAcquire();
        if (!permit.allowed()) {
            return Future.succeededFuture(circuitOpen(context, permit.retryAfterSeconds()));
        }
        return context.sendRequest().transform(result -> {
            if (result.succeeded()) {
                int status = result.result().getStatusCode();
                if (status == 503 || status == 504) {
                    countFailure();
                } else {
                    breaker.onSuccess();
                }
                return Future.succeededFuture(result.result());
            }
            return Future.succeededFuture(problemFor(context, result.cause()));
        });
    }

    private ProxyResponse problemFor(ProxyContext context, Throwable failure) {
        HttpServerRequest request = context.request().proxiedRequest();
        String requestId = request.getHeader(RequestIdFilter.HEADER);
        if (failure instanceof ChunkedBodyLimit.BodyTooLargeException tooLarge) {
            breaker.onNeutral();
            // The rest of the body is not read, so the connection cannot carry another request.
            return answer(context, BodySizeLimit.tooLarge(tooLarge.limit, request.path(), requestId))
                    .putHeader(HttpHeaders.CONNECTION, "close");
        }
        GatewayProblem problem = classify(failure, request.path(), requestId);
        if (problem.status() == 502) {
            breaker.onNeutral();
        } else {
            countFailure();
        }
        Log.warnf("Request %s to %s failed with %d: %s", requestId, service, problem.status(), failure.toString());
        return answer(context, problem);
    }

    private void countFailure() {
        if (breaker.onFailure()) {
            Log.warnf("Circuit of %s opened: the gateway answers 503 at once until a probe succeeds", service);
        }
    }

    private ProxyResponse circuitOpen(ProxyContext context, long retryAfterSeconds) {
        HttpServerRequest request = context.request().proxiedRequest();
        GatewayProblem problem = new GatewayProblem(503, "Service unavailable",
                "The " + service + " service is failing; the gateway stops calling it for a moment. Retry after "
                        + retryAfterSeconds + " s", request.path(), request.getHeader(RequestIdFilter.HEADER));
        return answer(context, problem).putHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds));
    }

    private static ProxyResponse answer(ProxyContext context, GatewayProblem problem) {
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
