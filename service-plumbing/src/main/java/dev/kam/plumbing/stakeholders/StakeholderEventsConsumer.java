package dev.kam.plumbing.stakeholders;

import dev.kam.plumbing.inbox.InboundEvent;
import dev.kam.plumbing.inbox.PoisonEventException;
import dev.kam.plumbing.inbox.TransientFailures;
import io.quarkus.arc.properties.IfBuildProperty;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.faulttolerance.api.ExponentialBackoff;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Reads contact-service's events from the channel {@code stakeholder-events} and hands each to the
 * service's {@link StakeholderEventsApplier}. A record that can never be applied (not a CloudEvent,
 * a type outside the contract, an unreadable payload) goes to the dead-letter topic at once; a
 * transient failure (e.g. the database) is retried with back-off first.
 * <p>
 * Opt-in: a service sets {@code kam.stakeholder-events.enabled=true} (build time) and configures the
 * channel on {@code kam.stakeholders.v1} with its own group and dead-letter topic (docs/adr/0020).
 */
@IfBuildProperty(name = StakeholderEventsConsumer.ENABLED, stringValue = "true")
@ApplicationScoped
public class StakeholderEventsConsumer {

    /** Build-time property that creates this consumer. */
    public static final String ENABLED = "kam.stakeholder-events.enabled";

    private final StakeholderEventsApplier applier;

    StakeholderEventsConsumer(StakeholderEventsApplier applier) {
        this.applier = applier;
    }

    @Incoming("stakeholder-events")
    @Blocking
    @Retry(maxRetries = 5, delay = 200, abortOn = PoisonEventException.class)
    @ExponentialBackoff
    public void consume(ConsumerRecord<String, String> record) {
        InboundEvent event = InboundEvent.from(record);
        // a database restart or a lost race is waited out here: after @Retry the event would be dead-lettered
        TransientFailures.retried("Stakeholder event " + event.id(), () -> applier.apply(event),
                TransientFailures.PATIENCE);
    }
}
