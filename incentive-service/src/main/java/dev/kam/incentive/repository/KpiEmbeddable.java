package dev.kam.incentive.repository;

import dev.kam.incentive.domain.kpi.KpiMeasure;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;

/** A KPI of a plan version with its payout curve. */
@Embeddable
public class KpiEmbeddable {

    @Column(nullable = false)
    public String code;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public KpiMeasure measure;

    @Column(nullable = false)
    public BigDecimal weight;

    @Column(nullable = false)
    public BigDecimal threshold;

    @Column(nullable = false)
    public BigDecimal target;

    @Column(nullable = false)
    public BigDecimal cap;

    @Column(name = "payout_at_threshold", nullable = false)
    public BigDecimal payoutAtThreshold;

    @Column(name = "payout_at_cap", nullable = false)
    public BigDecimal payoutAtCap;
}
