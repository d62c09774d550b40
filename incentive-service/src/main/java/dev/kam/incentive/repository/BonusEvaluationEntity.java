package dev.kam.incentive.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** The one evaluation of a programme, its outcome kept as the API showed it (JSON). Never updated. */
@Entity
@Table(name = "bonus_evaluation")
public class BonusEvaluationEntity {

    @Id
    @Column(name = "program_id")
    public UUID programId;

    @Column(nullable = false)
    public boolean pays;

    @Column(nullable = false, columnDefinition = "text")
    public String outcome;

    @Column(name = "evaluated_by", nullable = false)
    public String evaluatedBy;

    @Column(name = "evaluated_at", nullable = false)
    public Instant evaluatedAt;
}
