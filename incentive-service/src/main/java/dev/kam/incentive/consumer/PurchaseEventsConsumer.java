package dev.kam.incentive.consumer;

import dev.kam.plumbing.inbox.InboundEvent;
import dev.kam.plumbing.inbox.PoisonEventException;
import dev.kam.plumbing.inbox.TransientFailures;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.faulttolerance.api.ExponentialBackoff;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Reads purchase volumes from {@code kam.purchases.v1} from the beginning; same failure handling as accounts. */
@ApplicationScoped
public class PurchaseEventsConsumer {

    private final ApplyingPurchaseEvents applier;

    PurchaseEventsConsumer(ApplyingPurchaseEvents applier) {
        this.applier = applier;
    }

    @Incoming("purchase-events")
    @Blocking
    @Retry(maxRetries = 5, delay = 200, abortOn = PoisonEventException.class)
    @ExponentialBackoff
    public void consume(ConsumerRecord<String, String> record) {
        InboundEvent event = InboundEvent.from(record);
        // a database restart or a lost race is waited out here: after @Retry the event would be dead-lettered
        TransientFailures.retried("Purchase event " + event.id(), () -> applier.apply(event),
                TransientFailures.PATIENCE);
    }
}
