package dev.kam.plumbing.replica;

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
 * Reads account-service's events from the channel {@code account-events} (each service points it at
 * {@code kam.accounts.v1} from the beginning, with its own group and dead-letter topic). A record that
 * can never be applied goes to the dead-letter topic at once; a transient failure (e.g. the database)
 * is retried with back-off.
 */
@IfBuildProperty(name = AccountReplicaSwitch.ENABLED, stringValue = "true")
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
        InboundEvent event = InboundEvent.from(record);
        // a database restart or a lost race is waited out here: after @Retry the event would be dead-lettered
        TransientFailures.retried("Account event " + event.id(), () -> applier.apply(event),
                TransientFailures.PATIENCE);
    }
}
