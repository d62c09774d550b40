package dev.kam.incentive.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One recorded change: who, when, what, and the state before and after as JSON. Never updated. */
@Entity
@Table(name = "audit_entry")
public class AuditEntryEntity {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_type", nullable = false)
    public AuditSubject subjectType;

    @Column(name = "subject_id", nullable = false)
    public String subjectId;

    @Column(nullable = false)
    public String action;

    @Column(nullable = false)
    public String actor;

    @Column(nullable = false)
    public Instant at;

    @Column(name = "before_state", columnDefinition = "text")
    public String beforeState;

    @Column(name = "after_state", columnDefinition = "text")
    public String afterState;
}
