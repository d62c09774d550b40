package dev.kam.account.repository;

import dev.kam.account.domain.value.CostCategory;
import dev.kam.account.domain.value.EvidenceKind;
import dev.kam.account.domain.value.Recurrence;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;

/** One cost line of a value case, in the case's currency. */
@Entity
@Table(name = "value_case_component")
public class ValueCaseComponentEntity {

    @Id
    public UUID id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "value_case_id")
    public ValueCaseEntity valueCase;

    @Column(nullable = false)
    public int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CostCategory category;

    @Column(nullable = false)
    public String description;

    @Column(name = "our_cost", nullable = false, precision = 19, scale = 2)
    public BigDecimal ourCost;

    @Column(name = "alternative_cost", nullable = false, precision = 19, scale = 2)
    public BigDecimal alternativeCost;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Recurrence recurrence;

    @Enumerated(EnumType.STRING)
    @Column(name = "evidence_kind", nullable = false)
    public EvidenceKind evidenceKind;

    @Column(nullable = false)
    public String source;
}
