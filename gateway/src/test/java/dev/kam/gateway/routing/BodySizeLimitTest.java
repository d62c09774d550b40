package dev.kam.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.vertx.core.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Bodies over the 1 MiB limit are refused with a 413 problem at once, declared or chunked. */
@QuarkusTest
@QuarkusTestResource(UpstreamStubs.class)
class BodySizeLimitTest {

    private static final int OVERSIZE = 2 * 1024 * 1024;
    // Far below the 15 s upstream timeout the chunked case used to wait for; on an idle machine both take
    // well under 100 ms, the margin is for a shared CI machine (2 cores, load 15: 160 ms and 1.4 s).
    private static final Duration FAST = Duration.ofSeconds(2);

    @TestHTTPResource("/api/accounts/purchase-volumes/imports")
    URI imports;

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    @TestSecurity(user = "kate", roles = "employee")
    void refusesAnOversizeDeclaredBodyFastWithAProblem() throws Exception {
        assertFast413(HttpRequest.BodyPublishers.ofByteArray(csv(OVERSIZE)));
    }

    @Test
    @TestSecurity(user = "kate", roles = "employee")
    void refusesAnOversizeChunkedBodyFastWithAProblem() throws Exception {
        byte[] body = csv(OVERSIZE);
        // An input stream has no known length, so the client sends it chunked.
        assertFast413(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)));
    }

    @Test
    @TestSecurity(user = "kate", roles = "employee")
    void forwardsAChunkedBodyUnderTheLimit() throws Exception {
        byte[] body = "{\"rows\":1}".getBytes();
        HttpResponse<String> answer = client.send(post(HttpRequest.BodyPublishers.ofInputStream(
                () -> new ByteArrayInputStream(body))), HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(201);
        assertThat(new JsonObject(answer.body()).getJsonObject("body").getInteger("rows")).isEqualTo(1);
    }

    private void assertFast413(HttpRequest.BodyPublisher body) throws Exception {
        // The first exchange of a fresh JVM loads and compiles the proxy path; time the refusal, not that.
        client.send(post(HttpRequest.BodyPublishers.ofString("{}")), HttpResponse.BodyHandlers.discarding());
        long start = System.nanoTime();
        HttpResponse<String> answer = client.send(post(body), HttpResponse.BodyHandlers.ofString());
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonObject problem = new JsonObject(answer.body());
        assertThat(problem.getInteger("status")).isEqualTo(413);
        assertThat(problem.getString("title")).isEqualTo("Content too large");
        assertThat(problem.getString("instance")).isEqualTo(imports.getPath());
        System.out.printf("413 for a %s body after %d ms%n", body.contentLength() < 0 ? "chunked" : "declared",
                took.toMillis());
        assertThat(took).isLessThan(FAST);
    }

    private HttpRequest post(HttpRequest.BodyPublisher body) {
        return HttpRequest.newBuilder(imports)
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .POST(body)
                .build();
    }

    /** One CSV row with a single huge cell, like the 1 MB cell that used to end in a 504. */
    private static byte[] csv(int size) {
        byte[] body = new byte[size];
        Arrays.fill(body, (byte) 'x');
        byte[] header = "accountId,period,amount\n".getBytes();
        System.arraycopy(header, 0, body, 0, header.length);
        return body;
    }
}
