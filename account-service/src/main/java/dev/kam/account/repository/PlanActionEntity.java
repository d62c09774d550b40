package dev.kam.account.repository;

import dev.kam.account.domain.dossier.ActionStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.UUID;

/** An action carrying out a plan objective; its rules are in the domain's PlanAction. */
@Entity
@Table(name = "plan_action")
public class PlanActionEntity {

    @Id
    public UUID id;

    @Column(name = "objective_id", nullable = false)
    public UUID objectiveId;

    @Column(name = "account_id", nullable = false)
    public UUID accountId;

    @Column(nullable = false)
    public String title;

    @Column(name = "owner_id", nullable = false)
    public String ownerId;

    @Column(name = "due_on", nullable = false)
    public LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ActionStatus status;

    @Column(name = "completed_on")
    public LocalDate completedOn;

    @Version
    public long version;
}
