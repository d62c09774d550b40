package dev.kam.plumbing.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** How the outbox relay works; the defaults suit one service instance on a small machine. */
@ConfigMapping(prefix = "kam.outbox")
public interface OutboxConfig {

    /** The {@code ce_source} of this service's events, e.g. {@code /kam/account-service}. */
    @WithDefault("/kam/${quarkus.application.name}")
    String source();

    /**
     * Put before every topic the relay sends to; none in the suite. A copy of a service on a database
     * of its own (bench/scale's) sets one, so its events never reach the suite's consumers.
     */
    Optional<String> topicPrefix();

    /** How often the relay looks for events on its own (it is also woken after each commit). */
    @WithDefault("1s")
    String pollInterval();

    /** How often relayed events past their retention are removed. */
    @WithDefault("1h")
    String cleanupInterval();

    /**
     * Events sent per relay transaction (sent pipelined, then marked sent in one statement). Each
     * transaction also costs a lock, a read, an update and a commit: at 500 the relay sent 8,300-10,000
     * events/s in bench P3, at 2,000 15,000-18,900 (docs/adr/0004).
     */
    @WithDefault("2000")
    int batchSize();

    /** How long to wait for the broker to acknowledge a batch before trying again later. */
    @WithDefault("10s")
    Duration sendTimeout();

    /** How long a sent event stays in the table (for inspection) before the cleanup removes it. */
    @WithDefault("7d")
    Duration retention();

    /** An unsent event older than this makes the service report itself not ready. */
    @WithDefault("2m")
    Duration stuckAfter();
}
