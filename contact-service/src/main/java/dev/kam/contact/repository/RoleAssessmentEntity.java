package dev.kam.contact.repository;

import dev.kam.contact.domain.role.BuyingCentreRole;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One assessment of a person's interest and involvement, account-wide or in one purchase decision. */
@Entity
@Table(name = "role_assessment")
public class RoleAssessmentEntity {

    @Id
    public UUID id;

    @Column(name = "stakeholder_id", nullable = false)
    public UUID stakeholderId;

    @Column(name = "account_id", nullable = false)
    public UUID accountId;

    @Column(name = "decision_id")
    public UUID decisionId;

    @Column(nullable = false)
    public short interest;

    @Column(nullable = false)
    public short involvement;

    @Enumerated(EnumType.STRING)
    @Column(name = "classified_role", nullable = false)
    public BuyingCentreRole classifiedRole;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public BuyingCentreRole role;

    public String reason;

    @Column(name = "override_reason")
    public String overrideReason;

    @Column(name = "assessed_by", nullable = false)
    public String assessedBy;

    @Column(name = "assessed_at", nullable = false)
    public Instant assessedAt;

    /** Written by the database: the order of assessments, stable even within one instant. */
    @Column(name = "sequence_no", insertable = false, updatable = false)
    public Long sequenceNo;
}
