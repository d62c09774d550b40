package dev.kam.incentive.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** One purchase-volume event as received; the ledger decides which fact counts. */
@Entity
@Table(name = "purchase_fact")
public class PurchaseFactEntity {

    @Id
    @Column(name = "event_id")
    public String eventId;

    @Column(name = "account_id", nullable = false)
    public UUID accountId;

    /** Written as {@code dev.kam.kernel.period.Period#format()}. */
    @Column(nullable = false)
    public String period;

    @Column(nullable = false)
    public BigDecimal amount;

    @Column(nullable = false, columnDefinition = "bpchar(3)")
    public String currency;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
}
