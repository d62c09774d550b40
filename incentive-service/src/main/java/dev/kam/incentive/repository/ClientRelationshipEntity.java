package dev.kam.incentive.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** One of our people's relationship with one client person on an account, as contact-service last announced it. */
@Entity
@Table(name = "client_relationship")
public class ClientRelationshipEntity {

    /** Who holds a relationship with whom, on which account. */
    @Embeddable
    public record Key(@Column(name = "account_id") UUID accountId, @Column(name = "stakeholder_id") UUID stakeholderId,
            @Column(name = "holder_id") String holderId) implements Serializable {
    }

    @EmbeddedId
    public Key id;

    /** False once REMOVED; kept so an older ADDED arriving late does not bring it back. */
    @Column(nullable = false)
    public boolean active;

    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;
}
