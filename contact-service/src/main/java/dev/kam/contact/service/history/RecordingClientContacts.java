package dev.kam.contact.service.history;

import dev.kam.contact.domain.history.ContactHistory;
import dev.kam.contact.domain.history.LoggedContact;
import dev.kam.contact.repository.ContactHistoryEntity;
import dev.kam.contact.repository.ContactHistoryRepository;
import dev.kam.contact.repository.StakeholderEntity;
import dev.kam.contact.repository.StakeholderRepository;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

/**
 * An interaction logged in account-service named the client people who took part: each one's contact
 * history moves forward. Ids that are no person of that account are passed over (account-service
 * keeps bare ids), and so is an erased person for an interaction from before his erasure: it is part
 * of what was erased.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class RecordingClientContacts {

    private final StakeholderRepository stakeholders;
    private final ContactHistoryRepository histories;
    private final Clock clock;

    RecordingClientContacts(StakeholderRepository stakeholders, ContactHistoryRepository histories, Clock clock) {
        this.stakeholders = stakeholders;
        this.histories = histories;
        this.clock = clock;
    }

    /** Records the contact for each person named; answers how many histories it moved forward or started. */
    public int record(UUID accountId, LoggedContact contact, List<UUID> stakeholderIds) {
        int recorded = 0;
        for (UUID id : new LinkedHashSet<>(stakeholderIds)) {
            // shared lock: an erasure running now finishes first, and is then seen here
            StakeholderEntity person = stakeholders.findById(id, LockModeType.PESSIMISTIC_READ);
            if (person == null || !person.accountId.equals(accountId) || erasedSince(person, contact)) {
                continue;
            }
            ContactHistoryEntity kept = histories.findById(id);
            ContactHistory before = kept == null ? ContactHistory.none() : kept.history();
            ContactHistory after = before.with(contact);
            if (after.equals(before)) {
                continue;
            }
            boolean first = kept == null;
            if (first) {
                kept = new ContactHistoryEntity();
                kept.stakeholderId = id;
                kept.accountId = accountId;
            }
            kept.keep(after);
            kept.updatedAt = Instant.now(clock);
            if (first) {
                histories.persist(kept);
            }
            recorded++;
        }
        Log.infof("Interaction %s of account %s: contact history of %d of %d people named moved forward",
                contact.interactionId(), accountId, recorded, stakeholderIds.size());
        return recorded;
    }

    private static boolean erasedSince(StakeholderEntity person, LoggedContact contact) {
        return person.erased() && contact.at().isBefore(person.erasedAt);
    }
}
