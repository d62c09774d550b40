package dev.kam.account.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An objective of an account's retention and loyalty plan. */
@Entity
@Table(name = "plan_objective")
public class PlanObjectiveEntity {

    @Id
    public UUID id;

    @Column(name = "account_id", nullable = false)
    public UUID accountId;

    @Column(nullable = false)
    public String title;

    public String description;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
