package dev.kam.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.AbstractVerticle;
import io.vertx.core.Context;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class UpstreamClientsTest {

    private final Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(2));
    private final UpstreamClients clients = new UpstreamClients(vertx, new HttpClientOptions());

    @AfterEach
    void close() throws Exception {
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @Test
    void eachEventLoopKeepsItsOwnClient() throws Exception {
        // Verticle instances are spread over the event loops in turn: two of them, two loops.
        List<Context> contexts = new CopyOnWriteArrayList<>();
        vertx.deployVerticle(() -> new AbstractVerticle() {
            @Override
            public void start() {
                contexts.add(context);
            }
        }, new DeploymentOptions().setInstances(2)).toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        Context first = contexts.get(0);
        Context second = contexts.get(1);

        Seen onFirst = seenOn(first);
        Seen againOnFirst = seenOn(first);
        Seen onSecond = seenOn(second);

        assertThat(onFirst.thread()).isNotSameAs(onSecond.thread());
        assertThat(againOnFirst.client()).isSameAs(onFirst.client());
        assertThat(onSecond.client()).isNotSameAs(onFirst.client());
        assertThat(onFirst.client()).isNotSameAs(clients.shared());
    }

    @Test
    void offAnEventLoopTheSharedClientServes() throws Exception {
        CompletableFuture<HttpClient> onWorker = new CompletableFuture<>();
        vertx.executeBlocking(() -> onWorker.complete(clients.current()));

        assertThat(clients.current()).isSameAs(clients.shared());
        assertThat(onWorker.get(10, TimeUnit.SECONDS)).isSameAs(clients.shared());
    }

    private Seen seenOn(Context context) throws Exception {
        CompletableFuture<Seen> seen = new CompletableFuture<>();
        context.runOnContext(v -> seen.complete(new Seen(Thread.currentThread(), clients.current())));
        return seen.get(10, TimeUnit.SECONDS);
    }

    private record Seen(Thread thread, HttpClient client) {
    }
}
