package dev.kam.incentive.repository;

import dev.kam.incentive.domain.statement.StatementStatus;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** One employee's statement for one period with its lines, adjustments and disputes; {@link #version} is the ETag. */
@Entity
@Table(name = "statement")
public class StatementEntity {

    @Id
    public UUID id;

    @Column(name = "employee_id", nullable = false)
    public String employeeId;

    /** Written as {@code dev.kam.kernel.period.Period#format()}. */
    @Column(nullable = false)
    public String period;

    @Column(name = "plan_id", nullable = false)
    public UUID planId;

    @Column(name = "plan_version", nullable = false)
    public int planVersion;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public StatementStatus status;

    @Column(nullable = false, columnDefinition = "bpchar(3)")
    public String currency;

    @Column(name = "base_salary", nullable = false)
    public BigDecimal baseSalary;

    @Column(name = "variable_pay", nullable = false)
    public BigDecimal variablePay;

    @Column(nullable = false)
    public BigDecimal total;

    @Column(name = "approved_by")
    public String approvedBy;

    @Column(name = "approved_at")
    public Instant approvedAt;

    @Column(name = "paid_by")
    public String paidBy;

    @Column(name = "paid_at")
    public Instant paidAt;

    @Column(name = "computed_at", nullable = false)
    public Instant computedAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    @ElementCollection
    @CollectionTable(name = "statement_line", joinColumns = @JoinColumn(name = "statement_id"))
    @OrderColumn(name = "position")
    public List<StatementLineEmbeddable> lines = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "statement_adjustment", joinColumns = @JoinColumn(name = "statement_id"))
    @OrderColumn(name = "position")
    public List<StatementAdjustmentEmbeddable> adjustments = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "statement_dispute", joinColumns = @JoinColumn(name = "statement_id"))
    @OrderColumn(name = "position")
    public List<StatementDisputeEmbeddable> disputes = new ArrayList<>();
}
