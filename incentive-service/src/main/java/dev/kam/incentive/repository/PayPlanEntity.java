package dev.kam.incentive.repository;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** One employee's pay plan for one period with all its versions; {@link #version} is the ETag. */
@Entity
@Table(name = "pay_plan")
public class PayPlanEntity {

    @Id
    public UUID id;

    @Column(name = "employee_id", nullable = false)
    public String employeeId;

    /** Written as {@code dev.kam.kernel.period.Period#format()}. */
    @Column(nullable = false)
    public String period;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @JoinColumn(name = "plan_id", nullable = false)
    @OrderBy("number")
    public List<PayPlanVersionEntity> versions = new ArrayList<>();
}
