package dev.kam.account.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One change to a dossier: who made it, when, and what changed (JSON). */
@Entity
@Table(name = "dossier_audit")
public class DossierAuditEntity {

    // taken 50 at a time, so an import's entries are inserted in batches (docs/adr/0033)
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dossier_audit_ids")
    @SequenceGenerator(name = "dossier_audit_ids", sequenceName = "dossier_audit_id_seq", allocationSize = 50)
    public Long id;

    @Column(name = "account_id", nullable = false)
    public UUID accountId;

    @Column(name = "actor_id", nullable = false)
    public String actorId;

    @Column(nullable = false)
    public Instant at;

    @Column(nullable = false)
    public String action;

    @Column(nullable = false)
    public String changes;
}
