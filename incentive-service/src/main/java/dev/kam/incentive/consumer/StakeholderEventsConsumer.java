package dev.kam.incentive.consumer;

import dev.kam.plumbing.inbox.InboundEvent;
import dev.kam.plumbing.inbox.PoisonEventException;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.faulttolerance.api.ExponentialBackoff;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Reads contact-service's buying-centre events from {@code kam.stakeholders.v1}; same failure handling as accounts. */
@ApplicationScoped
public class StakeholderEventsConsumer {

    private final ApplyingStakeholderEvents applier;

    StakeholderEventsConsumer(ApplyingStakeholderEvents applier) {
        this.applier = applier;
    }

    @Incoming("stakeholder-events")
    @Blocking
    @Retry(maxRetries = 5, delay = 200, abortOn = PoisonEventException.class)
    @ExponentialBackoff
    public void consume(ConsumerRecord<String, String> record) {
        applier.apply(InboundEvent.from(record));
    }
}
