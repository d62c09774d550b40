package dev.kam.plumbing.testapp;

import dev.kam.plumbing.inbox.InboundEvent;
import dev.kam.plumbing.inbox.PoisonEventException;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.faulttolerance.api.ExponentialBackoff;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * A consumer written the way the services write theirs: parse (poison is not retried), then apply
 * in a transaction of its own, retried with back-off on transient failures.
 */
@ApplicationScoped
public class TallyConsumer {

    private final TallyApplier applier;

    TallyConsumer(TallyApplier applier) {
        this.applier = applier;
    }

    @Incoming("test-events")
    @Blocking
    @Retry(maxRetries = 3, delay = 100, abortOn = PoisonEventException.class)
    @ExponentialBackoff
    public void consume(ConsumerRecord<String, String> record) {
        applier.apply(InboundEvent.from(record));
    }
}
