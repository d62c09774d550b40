package dev.kam.incentive.repository;

import dev.kam.incentive.domain.competency.Competency;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A completed training of an employee. */
@Entity
@Table(name = "training_record")
public class TrainingRecordEntity {

    @Id
    public UUID id;

    @Column(name = "employee_id", nullable = false)
    public String employeeId;

    @Column(nullable = false)
    public String title;

    /** Null when the training was not aimed at one competency. */
    @Enumerated(EnumType.STRING)
    public Competency competency;

    @Column(name = "completed_on", nullable = false)
    public LocalDate completedOn;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
}
