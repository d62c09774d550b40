package dev.kam.incentive.config;

import dev.kam.incentive.domain.pay.BaseShareCap;
import dev.kam.kernel.Percentage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The configured rules as the domain's value objects; a cap outside (0, 100] fails the start. */
@ApplicationScoped
public class DomainRulesProducer {

    // a record cannot be proxied, so not @ApplicationScoped
    @Produces
    @Singleton
    BaseShareCap baseShareCap(IncentiveConfig config) {
        return new BaseShareCap(Percentage.of(config.baseShareCap()));
    }
}
