package dev.kam.contact.consumer;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kam.contact.domain.history.InteractionKind;
import dev.kam.contact.domain.history.LoggedContact;
import dev.kam.contact.service.history.RecordingClientContacts;
import dev.kam.events.account.AccountEvents;
import dev.kam.events.account.InteractionLogged;
import dev.kam.plumbing.inbox.InboundEvent;
import dev.kam.plumbing.inbox.Inbox;
import dev.kam.plumbing.inbox.PoisonEventException;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/**
 * Applies account-service's interaction-logged events to the client people's contact histories, in
 * the transaction that remembers the event as applied (a redelivery changes nothing). An event whose
 * ids, time or attendee list cannot be read is poison: nothing of it is applied.
 */
@ApplicationScoped
public class ApplyingInteractionEvents {

    public static final String CONSUMER = "contact-service.interactions";

    private final Inbox inbox;
    private final RecordingClientContacts recording;
    private final ObjectMapper objectMapper;

    ApplyingInteractionEvents(Inbox inbox, RecordingClientContacts recording, ObjectMapper objectMapper) {
        this.inbox = inbox;
        this.recording = recording;
        this.objectMapper = objectMapper;
    }

    @Transactional
    public void apply(InboundEvent event) {
        InteractionLogged logged = event.payload(AccountEvents.INTERACTION_LOGGED, objectMapper);
        if (!inbox.firstDelivery(CONSUMER, event.id())) {
            Log.debugf("Event %s was applied before", event.id());
            return;
        }
        UUID accountId = event.uuid(logged.accountId(), "accountId");
        UUID interactionId = event.uuid(logged.interactionId(), "interactionId");
        if (logged.occurredAt() == null || logged.stakeholderIds() == null) {
            throw new PoisonEventException("Event " + event.id() + " lacks the time or the client's participants");
        }
        List<UUID> attendees = logged.stakeholderIds().stream().map(id -> event.uuid(id, "stakeholderIds")).toList();
        recording.record(accountId, new LoggedContact(interactionId, logged.occurredAt(),
                InteractionKind.named(logged.kind())), attendees);
    }
}
