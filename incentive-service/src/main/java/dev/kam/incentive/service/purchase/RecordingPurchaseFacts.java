package dev.kam.incentive.service.purchase;

import dev.kam.incentive.domain.purchase.PurchaseFact;
import dev.kam.incentive.repository.PurchaseFactEntity;
import dev.kam.incentive.repository.PurchaseFactRepository;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * Keeps a purchase fact as it came; which fact counts for an account and period is the ledger's
 * decision when it is read ({@link dev.kam.incentive.domain.purchase.PurchaseLedger}). Runs inside
 * the consumer's transaction, next to the inbox record of the event.
 */
@ApplicationScoped
public class RecordingPurchaseFacts {

    private final PurchaseFactRepository facts;

    RecordingPurchaseFacts(PurchaseFactRepository facts) {
        this.facts = facts;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(PurchaseFact fact) {
        if (facts.findById(fact.eventId()) != null) {
            return;
        }
        PurchaseFactEntity row = new PurchaseFactEntity();
        row.eventId = fact.eventId();
        row.accountId = fact.account().value();
        row.period = fact.period().format();
        row.amount = fact.volume().amount();
        row.currency = fact.volume().currency().getCurrencyCode();
        row.recordedAt = fact.recordedAt();
        facts.persist(row);
        Log.infof("Purchase of account %s in %s recorded from event %s", row.accountId, row.period, row.eventId);
    }
}
