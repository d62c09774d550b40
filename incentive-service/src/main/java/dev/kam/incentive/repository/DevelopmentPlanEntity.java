package dev.kam.incentive.repository;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** An employee's development plan, replaced as a whole; {@link #version} is the ETag. */
@Entity
@Table(name = "development_plan")
public class DevelopmentPlanEntity {

    @Id
    @Column(name = "employee_id")
    public String employeeId;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "development_plan_item", joinColumns = @JoinColumn(name = "employee_id"))
    @OrderColumn(name = "position")
    public List<DevelopmentItemEmbeddable> items = new ArrayList<>();
}
