package dev.kam.account.repository;

import dev.kam.account.domain.dossier.Level;
import dev.kam.account.domain.health.HealthBand;
import dev.kam.account.domain.status.AccountStatus;
import dev.kam.account.domain.status.MarketState;
import dev.kam.kernel.period.ComparisonRule;
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

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AccountStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "market_state")
    public MarketState marketState;

    public String competitor;

    @Column(name = "annual_potential_amount")
    public BigDecimal annualPotentialAmount;

    @Column(name = "annual_potential_currency", columnDefinition = "bpchar(3)")
    public String annualPotentialCurrency;

    @Enumerated(EnumType.STRING)
    @Column(name = "purchasing_centralisation")
    public Level purchasingCentralisation;

    @Enumerated(EnumType.STRING)
    @Column(name = "competition_level")
    public Level competitionLevel;

    @Column(name = "delivery_fulfilment_rate")
    public BigDecimal deliveryFulfilmentRate;

    @Enumerated(EnumType.STRING)
    @Column(name = "internal_coordination")
    public Level internalCoordination;

    @Column(name = "contact_cadence_days", nullable = false)
    public int contactCadenceDays;

    @Enumerated(EnumType.STRING)
    @Column(name = "comparison_rule", nullable = false)
    public ComparisonRule comparisonRule;

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

    @Enumerated(EnumType.STRING)
    @Column(name = "health_band")
    public HealthBand healthBand;

    @Column(name = "health_assessed_at")
    public Instant healthAssessedAt;

    @Version
    public long version;

    @OneToMany(mappedBy = "account", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.LAZY)
    @OrderBy("joinedAt")
    public List<TeamMemberEntity> members = new ArrayList<>();
}
