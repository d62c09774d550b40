package dev.kam.account.repository;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The stored dossier of a key client. Rules live in the domain package; this is its row. */
@Entity
@Table(name = "account")
public class AccountEntity {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String name;

    @Column(name = "legal_id", nullable = false, unique = true)
    public String legalId;

    public String industry;
    public String segment;
    public String region;

    @Column(name = "travel_distance_km")
    public Integer travelDistanceKm;

    @Column(name = "travel_time_minutes")
    public Integer travelTimeMinutes;

    @Column(nullable = false)
    public String status;

    @Column(name = "market_state")
    public String marketState;

    public String competitor;

    @Column(name = "annual_potential_amount")
    public BigDecimal annualPotentialAmount;

    @Column(name = "annual_potential_currency", columnDefinition = "bpchar(3)")
    public String annualPotentialCurrency;

    @Column(name = "purchasing_centralisation")
    public String purchasingCentralisation;

    @Column(name = "competition_level")
    public String competitionLevel;

    @Column(name = "delivery_fulfilment_rate")
    public BigDecimal deliveryFulfilmentRate;

    @Column(name = "internal_coordination")
    public String internalCoordination;

    @Column(name = "contact_cadence_days", nullable = false)
    public int contactCadenceDays;

    @Column(name = "comparison_rule", nullable = false)
    public String comparisonRule;

    @Column(name = "owner_id", nullable = false)
    public String ownerId;

    @Column(name = "registered_at", nullable = false)
    public Instant registeredAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "last_contact_at")
    public Instant lastContactAt;

    @Column(name = "health_score")
    public Integer healthScore;

    @Column(name = "health_band")
    public String healthBand;

    @Column(name = "health_assessed_at")
    public Instant healthAssessedAt;

    @Version
    public long version;

    @OneToMany(mappedBy = "account", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.LAZY)
    @OrderBy("joinedAt")
    public List<TeamMemberEntity> members = new ArrayList<>();
}
