package dev.kam.incentive.consumer;

import dev.kam.plumbing.inbox.InboundEvent;
import dev.kam.plumbing.inbox.PoisonEventException;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.faulttolerance.api.ExponentialBackoff;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Reads account-service's events from {@code kam.accounts.v1} from the beginning, for the replica of
 * accounts and teams that pay and workload are measured over. Poison goes to the dead-letter topic
 * at once; a transient failure is retried with back-off.
 */
@ApplicationScoped
public class AccountEventsConsumer {

    private final ApplyingAccountEvents applier;

    AccountEventsConsumer(ApplyingAccountEvents applier) {
        this.applier = applier;
    }

    @Incoming("account-events")
    @Blocking
    @Retry(maxRetries = 5, delay = 200, abortOn = PoisonEventException.class)
    @ExponentialBackoff
    public void consume(ConsumerRecord<String, String> record) {
        applier.apply(InboundEvent.from(record));
    }
}
