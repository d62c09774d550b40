package dev.kam.contact.consumer;

import dev.kam.events.CloudEventHeaders;
import dev.kam.events.account.AccountEvents;
import dev.kam.plumbing.inbox.InboundEvent;
import dev.kam.plumbing.inbox.PoisonEventException;
import dev.kam.plumbing.inbox.TransientFailures;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.faulttolerance.api.ExponentialBackoff;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Reads the interactions logged in account-service from {@code kam.accounts.v1}, in a consumer group
 * of its own, to keep when each client person was last informed and met. Only interaction-logged
 * records are looked at: every other record of the topic is judged (and, if poison, dead-lettered
 * once) by {@link AccountEventsConsumer}. A broken interaction-logged record goes to the dead-letter
 * topic at once; a transient failure is retried with back-off.
 */
@ApplicationScoped
public class InteractionEventsConsumer {

    private final ApplyingInteractionEvents applier;

    InteractionEventsConsumer(ApplyingInteractionEvents applier) {
        this.applier = applier;
    }

    @Incoming("interaction-events")
    @Blocking
    @Retry(maxRetries = 5, delay = 200, abortOn = PoisonEventException.class)
    @ExponentialBackoff
    public void consume(ConsumerRecord<String, String> record) {
        if (isInteractionLogged(record)) {
            InboundEvent event = InboundEvent.from(record);
            // a database restart or a lost race is waited out here: after @Retry the event would be dead-lettered
            TransientFailures.retried("Interaction event " + event.id(), () -> applier.apply(event),
                    TransientFailures.PATIENCE);
        }
    }

    private static boolean isInteractionLogged(ConsumerRecord<String, String> record) {
        Header type = record.headers().lastHeader(CloudEventHeaders.TYPE);
        return type != null && AccountEvents.INTERACTION_LOGGED.type()
                .equals(new String(type.value(), StandardCharsets.UTF_8));
    }
}
