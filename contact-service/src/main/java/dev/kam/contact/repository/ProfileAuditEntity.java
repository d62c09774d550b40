package dev.kam.contact.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** Who did what to which parts of a profile, and when; never the values. */
@Entity
@Table(name = "profile_audit")
public class ProfileAuditEntity {

    @Id
    public UUID id;

    @Column(name = "stakeholder_id", nullable = false)
    public UUID stakeholderId;

    @Column(name = "account_id", nullable = false)
    public UUID accountId;

    @Column(name = "actor_id", nullable = false)
    public String actorId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ProfileAuditAction action;

    /** The question codes concerned, comma-separated; empty when none. */
    @Column(nullable = false)
    public String fields;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Column(name = "sequence_no", insertable = false, updatable = false)
    public Long sequenceNo;
}
