package dev.kam.incentive.repository;

import dev.kam.incentive.domain.competency.Competency;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

/** One competency assessment with its seven scores. Never updated: a new assessment is a new row. */
@Entity
@Table(name = "competency_assessment")
public class CompetencyAssessmentEntity {

    @Id
    public UUID id;

    @Column(name = "employee_id", nullable = false)
    public String employeeId;

    @Column(name = "assessed_on", nullable = false)
    public LocalDate assessedOn;

    @Column(name = "assessed_by", nullable = false)
    public String assessedBy;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "competency_score", joinColumns = @JoinColumn(name = "assessment_id"))
    @MapKeyColumn(name = "competency")
    @MapKeyEnumerated(EnumType.STRING)
    @Column(name = "score", nullable = false)
    public Map<Competency, Integer> scores = new EnumMap<>(Competency.class);
}
