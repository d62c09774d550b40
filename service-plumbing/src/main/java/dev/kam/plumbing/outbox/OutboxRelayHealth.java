package dev.kam.plumbing.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Not ready while events wait longer than they should: the relay is stuck or Kafka is away. */
@Readiness
@ApplicationScoped
public class OutboxRelayHealth implements HealthCheck {

    private final OutboxMetrics metrics;
    private final OutboxConfig config;

    OutboxRelayHealth(OutboxMetrics metrics, OutboxConfig config) {
        this.metrics = metrics;
        this.config = config;
    }

    @Override
    public HealthCheckResponse call() {
        Duration oldest = metrics.oldestUnsentAge();
        return HealthCheckResponse.named("outbox-relay")
                .status(oldest.compareTo(config.stuckAfter()) <= 0)
                .withData("backlog", metrics.backlog())
                .withData("oldestUnsentAgeSeconds", oldest.toSeconds())
                .build();
    }
}
