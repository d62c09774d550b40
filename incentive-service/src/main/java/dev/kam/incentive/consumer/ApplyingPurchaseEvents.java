package dev.kam.incentive.consumer;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kam.events.EventCatalog;
import dev.kam.events.purchase.PurchaseEvents;
import dev.kam.events.purchase.PurchaseVolumeRecorded;
import dev.kam.incentive.domain.purchase.PurchaseFact;
import dev.kam.incentive.service.purchase.RecordingPurchaseFacts;
import dev.kam.incentive.service.statement.FollowingTheFacts;
import dev.kam.kernel.AccountId;
import dev.kam.kernel.Money;
import dev.kam.kernel.period.Period;
import dev.kam.plumbing.inbox.InboundEvent;
import dev.kam.plumbing.inbox.Inbox;
import dev.kam.plumbing.inbox.PoisonEventException;
import dev.kam.plumbing.replica.AccountReplicaRepository;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * Records each purchase-volume event as a fact and brings the draft statements of the account's team
 * up to date, in the transaction that remembers the event as applied: a replayed event is recognised
 * and changes nothing. A payload that is not a purchase
 * (no account, an unreadable period or amount, a negative volume) is poison.
 */
@ApplicationScoped
public class ApplyingPurchaseEvents {

    public static final String CONSUMER = "incentive-service.purchases";

    private final Inbox inbox;
    private final RecordingPurchaseFacts recording;
    private final FollowingTheFacts statements;
    private final AccountReplicaRepository accounts;
    private final ObjectMapper objectMapper;

    ApplyingPurchaseEvents(Inbox inbox, RecordingPurchaseFacts recording, FollowingTheFacts statements,
            AccountReplicaRepository accounts, ObjectMapper objectMapper) {
        this.inbox = inbox;
        this.accounts = accounts;
        this.recording = recording;
        this.statements = statements;
        this.objectMapper = objectMapper;
    }

    @Transactional
    public void apply(InboundEvent event) {
        if (EventCatalog.byType(event.type()).isEmpty()) {
            throw new PoisonEventException("Event " + event.id() + " has a type outside the contract: " + event.type());
        }
        if (!PurchaseEvents.VOLUME_RECORDED.type().equals(event.type())) {
            return;
        }
        PurchaseFact fact = factOf(event, event.payload(PurchaseEvents.VOLUME_RECORDED, objectMapper));
        if (!inbox.firstDelivery(CONSUMER, event.id())) {
            Log.debugf("Event %s was applied before", event.id());
            return;
        }
        // before the fact is written: a team change of the account applied meanwhile is then seen whole
        accounts.lockAccount(fact.account().value());
        recording.record(fact);
        statements.purchaseRecorded(fact.account().value(), fact.period());
    }

    private static PurchaseFact factOf(InboundEvent event, PurchaseVolumeRecorded recorded) {
        try {
            return new PurchaseFact(event.id(), AccountId.of(recorded.accountId()), Period.parse(recorded.period()),
                    Money.of(recorded.volume().amount(), recorded.volume().currency()), recorded.recordedAt());
        } catch (RuntimeException e) {
            throw new PoisonEventException("Event " + event.id() + " is not a readable purchase: " + e.getMessage(), e);
        }
    }
}
