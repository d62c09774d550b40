package dev.kam.plumbing.idempotency;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How long a first response is kept for replay, and how often expired ones are removed. */
@ConfigMapping(prefix = "kam.idempotency")
public interface IdempotencyConfig {

    /** A retry later than this after the first request is treated as a new request. */
    @WithDefault("24h")
    Duration retention();

    /** How often records past their retention are deleted. */
    @WithDefault("1h")
    String cleanupInterval();
}
