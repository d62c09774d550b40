package dev.kam.incentive.repository;

import dev.kam.incentive.domain.pay.PlanStatus;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** One version of a pay plan: its status, the money and the KPIs in their order. */
@Entity
@Table(name = "pay_plan_version")
public class PayPlanVersionEntity {

    @Id
    public UUID id;

    @Column(nullable = false)
    public int number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PlanStatus status;

    @Column(name = "total_reward", nullable = false)
    public BigDecimal totalReward;

    @Column(name = "base_salary", nullable = false)
    public BigDecimal baseSalary;

    @Column(nullable = false, columnDefinition = "bpchar(3)")
    public String currency;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "pay_plan_kpi", joinColumns = @JoinColumn(name = "version_id"))
    @OrderColumn(name = "position")
    public List<KpiEmbeddable> kpis = new ArrayList<>();
}
