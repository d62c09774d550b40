package dev.kam.e2e.malformed;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Sends the bad requests through the gateway, a few at a time, with a real token of the user
 * chosen for each operation. A 429 is waited out (Retry-After) and the request sent again, so the
 * rate limit never replaces the answer under test; how often that happened is reported.
 */
public final class Sweep implements AutoCloseable {

    // Enough to judge the answer (a problem naming a 300-character path is longer than a line).
    private static final int BODY_KEPT = 64 * 1024;
    private static final int MAX_RATE_LIMIT_RETRIES = 20;

    private final String gatewayUrl;
    private final Function<ApiOperation, String> tokenFor;
    private final ExecutorService pool;
    private final HttpClient client;

    public Sweep(String gatewayUrl, Function<ApiOperation, String> tokenFor, int concurrency) {
        this.gatewayUrl = gatewayUrl;
        this.tokenFor = tokenFor;
        this.pool = Executors.newFixedThreadPool(concurrency);
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .executor(Executors.newFixedThreadPool(concurrency))
                .build();
    }

    /** Sends every request and returns the answers in the same order. */
    public List<Answer> send(List<BadRequest> requests) throws Exception {
        List<Future<Answer>> pending = new ArrayList<>();
        for (BadRequest request : requests) {
            pending.add(pool.submit(() -> sendOne(request)));
        }
        List<Answer> answers = new ArrayList<>();
        for (Future<Answer> answer : pending) {
            answers.add(answer.get());
        }
        return answers;
    }

    public Answer sendOne(BadRequest request) throws InterruptedException {
        int rateLimited = 0;
        while (true) {
            Answer answer = exchange(request, rateLimited);
            if (answer.status() != 429 || rateLimited >= MAX_RATE_LIMIT_RETRIES) {
                return answer;
            }
            rateLimited++;
            Thread.sleep(1000L * Math.max(1, retryAfter(answer)));
        }
    }

    private Answer exchange(BadRequest request, int rateLimited) throws InterruptedException {
        try {
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
            builder.method(request.method(), body);
            HttpResponse<byte[]> response = client.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
            String text = new String(response.body(), StandardCharsets.UTF_8);
            if (response.statusCode() == 429) {
                text = response.headers().firstValue("Retry-After").orElse("1");
            }
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    text.length() > BODY_KEPT ? text.substring(0, BODY_KEPT) : text, rateLimited);
        } catch (IOException | IllegalArgumentException e) {
            return new Answer(0, "", e.toString(), rateLimited);
        }
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
