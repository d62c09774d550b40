package dev.kam.account.repository;

import dev.kam.account.domain.value.AlternativeKind;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A stored total-cost-of-ownership case; the arithmetic lives in the domain's ValueCaseCalculation. */
@Entity
@Table(name = "value_case")
public class ValueCaseEntity {

    @Id
    public UUID id;

    @Column(name = "account_id", nullable = false)
    public UUID accountId;

    @Column(nullable = false)
    public String title;

    @Column(name = "alternative_name", nullable = false)
    public String alternativeName;

    @Enumerated(EnumType.STRING)
    @Column(name = "alternative_kind", nullable = false)
    public AlternativeKind alternativeKind;

    @Column(name = "horizon_years", nullable = false)
    public int horizonYears;

    @Column(nullable = false, columnDefinition = "bpchar(3)")
    public String currency;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    @OneToMany(mappedBy = "valueCase", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.LAZY)
    @OrderBy("position")
    public List<ValueCaseComponentEntity> components = new ArrayList<>();
}
