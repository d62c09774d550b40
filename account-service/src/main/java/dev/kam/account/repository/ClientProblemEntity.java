package dev.kam.account.repository;

import dev.kam.account.domain.dossier.Importance;
import dev.kam.account.domain.dossier.ProblemStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One of the client's problems or tasks, as stored; its rules are in the domain's ClientProblem. */
@Entity
@Table(name = "client_problem")
public class ClientProblemEntity {

    @Id
    public UUID id;

    @Column(name = "account_id", nullable = false)
    public UUID accountId;

    @Column(nullable = false)
    public String title;

    public String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Importance importance;

    @Column(name = "we_can_solve", nullable = false)
    public boolean weCanSolve;

    @Column(name = "competitor_better", nullable = false)
    public boolean competitorBetter;

    @Column(name = "owner_id", nullable = false)
    public String ownerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ProblemStatus status;

    @Column(name = "opened_on", nullable = false)
    public LocalDate openedOn;

    @Column(name = "resolved_on")
    public LocalDate resolvedOn;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;
}
