package dev.kam.contact.repository;

import dev.kam.contact.domain.relationship.RelationshipQuality;
import dev.kam.contact.domain.relationship.RelationshipType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One of our people's relationship with a client person. */
@Entity
@Table(name = "relationship")
public class RelationshipEntity {

    @Id
    public UUID id;

    @Column(name = "account_id", nullable = false)
    public UUID accountId;

    @Column(name = "stakeholder_id", nullable = false)
    public UUID stakeholderId;

    @Column(name = "holder_id", nullable = false)
    public String holderId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RelationshipType type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RelationshipQuality quality;

    public String reason;

    @Column(name = "last_contact_on")
    public LocalDate lastContactOn;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;
}
