package dev.kam.account.repository;

import dev.kam.account.domain.negotiation.ConcessionDirection;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A concession given to or received from the client, alone or as part of a logged negotiation. */
@Entity
@Table(name = "concession")
public class ConcessionEntity {

    @Id
    public UUID id;

    @Column(name = "account_id", nullable = false)
    public UUID accountId;

    @Column(name = "interaction_id")
    public UUID interactionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ConcessionDirection direction;

    @Column(nullable = false)
    public String description;

    @Column(name = "value_amount")
    public BigDecimal valueAmount;

    @Column(name = "value_currency", columnDefinition = "bpchar(3)")
    public String valueCurrency;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
}
