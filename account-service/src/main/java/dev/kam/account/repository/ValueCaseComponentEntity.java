package dev.kam.account.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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

    @Column(nullable = false)
    public String category;

    @Column(nullable = false)
    public String description;

    @Column(name = "our_cost", nullable = false, precision = 19, scale = 2)
    public BigDecimal ourCost;

    @Column(name = "alternative_cost", nullable = false, precision = 19, scale = 2)
    public BigDecimal alternativeCost;

    @Column(nullable = false)
    public String recurrence;

    @Column(name = "evidence_kind", nullable = false)
    public String evidenceKind;

    @Column(nullable = false)
    public String source;
}
