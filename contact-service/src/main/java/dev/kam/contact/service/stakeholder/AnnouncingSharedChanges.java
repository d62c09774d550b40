package dev.kam.contact.service.stakeholder;

import dev.kam.contact.domain.StakeholderId;
import dev.kam.contact.event.StakeholderEventMapping;
import dev.kam.contact.repository.StakeholderEntity;
import dev.kam.events.stakeholder.StakeholderEvents;
import dev.kam.kernel.AccountId;
import dev.kam.plumbing.outbox.Outbox;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/**
 * Publishes {@code dev.kam.stakeholder.changed.v1} in the transaction of a change that altered a
 * person's shared fields, so that services keeping his name (account-service) stay current. Not
 * used by erasure, which has its own event and asks replicas to forget.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class AnnouncingSharedChanges {

    private final Outbox outbox;

    AnnouncingSharedChanges(Outbox outbox) {
        this.outbox = outbox;
    }

    void announce(StakeholderEntity person, SharedFields before, Instant at) {
        List<String> changed = before.changedIn(SharedFields.of(person));
        if (changed.isEmpty()) {
            return;
        }
        outbox.record(StakeholderEvents.CHANGED, person.accountId.toString(), person.id.toString(),
                StakeholderEventMapping.changed(new AccountId(person.accountId), new StakeholderId(person.id),
                        changed, person.name, person.primaryContact, at));
        Log.infof("Stakeholder %s of account %s changed: %s", person.id, person.accountId, changed);
    }
}
