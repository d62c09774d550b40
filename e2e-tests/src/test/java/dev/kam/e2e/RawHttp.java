package dev.kam.e2e;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/**
 * Many requests at once, each timed, and a failure to connect as an answer of its own rather than an
 * exception: what the concurrency and outage tests need (REST Assured is neither cheap nor meant for it).
 */
final class RawHttp {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1)
            .build();

    /** Status -1: no answer at all (refused, reset, timed out), {@code failure} says which. */
    record Answer(int status, String contentType, String etag, String body, long millis, String failure) {

        boolean answered() {
            return status > 0;
        }

        boolean isProblem() {
            return contentType != null && contentType.startsWith("application/problem+json");
        }

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("not JSON (" + status + "): " + body, e);
            }
        }

        @Override
        public String toString() {
            return answered() ? status + " " + contentType + " in " + millis + " ms: " + abbreviated(body)
                    : "no answer in " + millis + " ms: " + failure;
        }

        private static String abbreviated(String text) {
            return text == null || text.length() <= 300 ? text : text.substring(0, 300) + "...";
        }
    }

    private RawHttp() {
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    static Answer get(String url, String token, Duration timeout) {
        return send(request(url, token, timeout).GET());
    }

    static Answer put(String url, String token, String ifMatch, Object body, Duration timeout) {
        HttpRequest.Builder request = request(url, token, timeout)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json(body)));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return send(request);
    }

    static Answer post(String url, String token, Object body, Duration timeout) {
        return send(request(url, token, timeout).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json(body))));
    }

    private static HttpRequest.Builder request(String url, String token, Duration timeout) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(timeout)
                .header("Accept", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request;
    }

    private static Answer send(HttpRequest.Builder request) {
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            long millis = (System.nanoTime() - start) / 1_000_000;
            Optional<String> type = response.headers().firstValue("Content-Type");
            return new Answer(response.statusCode(), type.orElse(null),
                    response.headers().firstValue("ETag").orElse(null), response.body(), millis, null);
        } catch (IOException e) {
            return new Answer(-1, null, null, null, (System.nanoTime() - start) / 1_000_000, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(-1, null, null, null, (System.nanoTime() - start) / 1_000_000, e.toString());
        }
    }
}
