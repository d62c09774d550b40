package dev.kam.e2e.malformed;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Sends the bad requests through the gateway, a few at a time, with a real token of the user
 * chosen for each operation. A 429 is sent again once its Retry-After has passed (a scheduled
 * retry, no thread waits), so the rate limit never replaces the answer under test; how often that
 * happened is reported.
 */
public final class Sweep implements AutoCloseable {

    // Enough to judge the answer (a problem naming a 300-character path is longer than a line).
    private static final int BODY_KEPT = 64 * 1024;
    private static final int MAX_RATE_LIMIT_RETRIES = 20;

    private final String gatewayUrl;
    private final Function<ApiOperation, String> tokenFor;
    private final ExecutorService pool;
    private final HttpClient client;
    private final Semaphore inFlight;

    public Sweep(String gatewayUrl, Function<ApiOperation, String> tokenFor, int concurrency) {
        this.gatewayUrl = gatewayUrl;
        this.tokenFor = tokenFor;
        this.pool = Executors.newFixedThreadPool(concurrency);
        this.inFlight = new Semaphore(concurrency);
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .executor(pool)
                .build();
    }

    /** Sends every request, at most {@code concurrency} at a time, and returns the answers in the same order. */
    public List<Answer> send(List<BadRequest> requests) throws InterruptedException {
        List<CompletableFuture<Answer>> pending = new ArrayList<>();
        for (BadRequest request : requests) {
            inFlight.acquire();
            pending.add(exchange(request, 0).whenComplete((answer, failure) -> inFlight.release()));
        }
        return pending.stream().map(CompletableFuture::join).toList();
    }

    private CompletableFuture<Answer> exchange(BadRequest request, int rateLimited) {
        HttpRequest httpRequest;
        try {
            httpRequest = build(request);
        } catch (IllegalArgumentException e) {
            return CompletableFuture.completedFuture(new Answer(0, "", e.toString(), rateLimited));
        }
        return client.sendAsync(httpRequest, HttpResponse.BodyHandlers.ofByteArray())
                .thenApply(response -> answerOf(response, rateLimited))
                .exceptionally(failure -> new Answer(0, "", failure.toString(), rateLimited))
                .thenCompose(answer -> {
                    if (answer.status() != 429 || rateLimited >= MAX_RATE_LIMIT_RETRIES) {
                        return CompletableFuture.completedFuture(answer);
                    }
                    Executor afterRetryAfter = CompletableFuture.delayedExecutor(Math.max(1, retryAfter(answer)),
                            TimeUnit.SECONDS, pool);
                    return CompletableFuture.supplyAsync(() -> request, afterRetryAfter)
                            .thenCompose(again -> exchange(again, rateLimited + 1));
                });
    }

    private HttpRequest build(BadRequest request) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(gatewayUrl + request.target()))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + tokenFor.apply(request.operation()));
        for (Map.Entry<String, String> header : request.headers().entrySet()) {
            builder.header(header.getKey(), header.getValue());
        }
        HttpRequest.BodyPublisher body;
        if (request.body() == null) {
            body = HttpRequest.BodyPublishers.noBody();
        } else if (request.chunked()) {
            body = HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(request.body()));
        } else {
            body = HttpRequest.BodyPublishers.ofByteArray(request.body());
        }
        return builder.method(request.method(), body).build();
    }

    private static Answer answerOf(HttpResponse<byte[]> response, int rateLimited) {
        String text = new String(response.body(), StandardCharsets.UTF_8);
        if (response.statusCode() == 429) {
            text = response.headers().firstValue("Retry-After").orElse("1");
        }
        return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                text.length() > BODY_KEPT ? text.substring(0, BODY_KEPT) : text, rateLimited);
    }

    private static long retryAfter(Answer answer) {
        try {
            return Long.parseLong(answer.body().strip());
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
