package dev.kam.contact.repository;

import dev.kam.contact.domain.history.ContactHistory;
import dev.kam.contact.domain.history.InteractionKind;
import dev.kam.contact.domain.history.LoggedContact;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** When a client person was last informed and last met, through which interactions (ids only). */
@Entity
@Table(name = "contact_history")
public class ContactHistoryEntity {

    @Id
    @Column(name = "stakeholder_id")
    public UUID stakeholderId;

    @Column(name = "account_id", nullable = false)
    public UUID accountId;

    @Column(name = "last_informed_at", nullable = false)
    public Instant lastInformedAt;

    @Column(name = "last_informed_interaction", nullable = false)
    public UUID lastInformedInteraction;

    @Enumerated(EnumType.STRING)
    @Column(name = "last_informed_kind")
    public InteractionKind lastInformedKind;

    @Column(name = "last_met_at")
    public Instant lastMetAt;

    @Column(name = "last_met_interaction")
    public UUID lastMetInteraction;

    @Enumerated(EnumType.STRING)
    @Column(name = "last_met_kind")
    public InteractionKind lastMetKind;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public ContactHistory history() {
        Optional<LoggedContact> met = lastMetAt == null ? Optional.empty()
                : Optional.of(new LoggedContact(lastMetInteraction, lastMetAt, Optional.ofNullable(lastMetKind)));
        return new ContactHistory(Optional.of(new LoggedContact(lastInformedInteraction, lastInformedAt,
                Optional.ofNullable(lastInformedKind))), met);
    }

    /** Takes over a history in which the person was informed at least once. */
    public void keep(ContactHistory history) {
        LoggedContact informed = history.lastInformed()
                .orElseThrow(() -> new IllegalArgumentException("Only a person who was informed has a history row"));
        lastInformedAt = informed.at();
        lastInformedInteraction = informed.interactionId();
        lastInformedKind = informed.kind().orElse(null);
        lastMetAt = history.lastMet().map(LoggedContact::at).orElse(null);
        lastMetInteraction = history.lastMet().map(LoggedContact::interactionId).orElse(null);
        lastMetKind = history.lastMet().flatMap(LoggedContact::kind).orElse(null);
    }
}
