package dev.kam.account.config;

import dev.kam.account.domain.health.HealthPolicy;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The health policy, built once from configuration at startup, so a bad weight stops the service early. */
@ApplicationScoped
public class HealthPolicyProducer {

    @Produces
    @Singleton
    @Startup
    HealthPolicy healthPolicy(HealthConfig config) {
        return config.policy();
    }
}
