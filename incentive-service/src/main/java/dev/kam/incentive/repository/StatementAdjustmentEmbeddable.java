package dev.kam.incentive.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.time.Instant;

/** A numbered, reasoned correction of an approved statement, in the statement's currency. */
@Embeddable
public class StatementAdjustmentEmbeddable {

    @Column(nullable = false)
    public int number;

    @Column(nullable = false)
    public BigDecimal amount;

    @Column(nullable = false)
    public String reason;

    @Column(name = "made_by", nullable = false)
    public String madeBy;

    @Column(name = "made_at", nullable = false)
    public Instant madeAt;
}
