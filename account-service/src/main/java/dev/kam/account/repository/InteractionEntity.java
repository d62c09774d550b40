package dev.kam.account.repository;

import dev.kam.account.domain.dossier.InteractionKind;
import dev.kam.account.domain.dossier.Outcome;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One logged contact with the client. Never changed once logged: the history is a record of what happened. */
@Entity
@Table(name = "interaction")
public class InteractionEntity {

    @Id
    public UUID id;

    @Column(name = "account_id", nullable = false)
    public UUID accountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public InteractionKind kind;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    /** Keycloak user ids of our people who took part. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "our_participants", nullable = false)
    public List<String> ourParticipants = new ArrayList<>();

    /** contact-service stakeholder ids of the client's people who took part. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "stakeholder_ids", nullable = false)
    public List<String> stakeholderIds = new ArrayList<>();

    @Column(nullable = false)
    public String summary;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Outcome outcome;

    @Column(name = "next_step")
    public String nextStep;

    @Column(name = "follow_up_on")
    public LocalDate followUpOn;

    @Column(name = "logged_by", nullable = false)
    public String loggedBy;

    @Column(name = "logged_at", nullable = false)
    public Instant loggedAt;
}
