package dev.kam.gateway.routing;

import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.streams.ReadStream;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;

/**
 * Counts the bytes of a body sent without {@code Content-Length} (chunked) while it streams to the
 * service, and breaks the exchange off with {@link BodyTooLargeException} once it passes the limit,
 * so the caller gets a 413 problem at once instead of waiting for the service. A declared length is
 * checked before authentication by {@link BodySizeLimit}; such bodies are forwarded untouched.
 */
final class ChunkedBodyLimit implements ProxyInterceptor {

    private final long limit;

    ChunkedBodyLimit(long limit) {
        this.limit = limit;
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        HttpServerRequest request = context.request().proxiedRequest();
        // Only a chunked HTTP/1.1 body has no length up front; everything else passes without a wrapper.
        if (!request.headers().contains(HttpHeaders.TRANSFER_ENCODING)
                || request.headers().contains(HttpHeaders.CONTENT_LENGTH)) {
            return context.sendRequest();
        }
        Counted body = new Counted(context.request().getBody().stream(), limit);
        context.request().setBody(Body.body(body, -1));
        // Breaking off the pipe resets the service's stream; say why, so the caller gets a 413.
        return context.sendRequest().recover(failure -> Future.failedFuture(
                body.exceeded ? new BodyTooLargeException(limit) : failure));
    }

    /** Thrown into the forwarding pipe when a chunked body grows past the limit. */
    static final class BodyTooLargeException extends RuntimeException {

        final long limit;

        BodyTooLargeException(long limit) {
            super("Chunked request body larger than " + limit + " bytes", null, false, false);
            this.limit = limit;
        }
    }

    /** The request body as it streams, failing once more than {@code limit} bytes have passed. */
    private static final class Counted implements ReadStream<Buffer> {

        private final ReadStream<Buffer> source;
        private final long limit;
        private long seen;
        private volatile boolean exceeded;
        private Handler<Throwable> exceptionHandler;

        Counted(ReadStream<Buffer> source, long limit) {
            this.source = source;
            this.limit = limit;
        }

        @Override
        public ReadStream<Buffer> exceptionHandler(Handler<Throwable> handler) {
            exceptionHandler = handler;
            source.exceptionHandler(handler);
            return this;
        }

        @Override
        public ReadStream<Buffer> handler(Handler<Buffer> handler) {
            if (handler == null) {
                source.handler(null);
                return this;
            }
            source.handler(chunk -> {
                if (exceeded) {
                    return; // the exchange is being broken off; the rest is dropped
                }
                seen += chunk.length();
                if (seen > limit) {
                    exceeded = true;
                    // Keep reading and dropping the rest, so the caller can finish sending and read the 413.
                    source.resume();
                    if (exceptionHandler != null) {
                        exceptionHandler.handle(new BodyTooLargeException(limit));
                    }
                    return;
                }
                handler.handle(chunk);
            });
            return this;
        }

        @Override
        public ReadStream<Buffer> pause() {
            if (!exceeded) {
                source.pause();
            }
            return this;
        }

        @Override
        public ReadStream<Buffer> resume() {
            source.resume();
            return this;
        }

        @Override
        public ReadStream<Buffer> fetch(long amount) {
            source.fetch(amount);
            return this;
        }

        @Override
        public ReadStream<Buffer> endHandler(Handler<Void> endHandler) {
            source.endHandler(endHandler);
            return this;
        }
    }
}
