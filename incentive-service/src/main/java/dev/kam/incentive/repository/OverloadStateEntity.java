package dev.kam.incentive.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Whether an employee was last seen above the norm, so crossing the line is announced once. */
@Entity
@Table(name = "overload_state")
public class OverloadStateEntity {

    @Id
    @Column(name = "employee_id")
    public String employeeId;

    @Column(nullable = false)
    public boolean overloaded;

    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;
}
