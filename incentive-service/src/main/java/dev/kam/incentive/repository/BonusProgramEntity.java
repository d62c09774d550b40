package dev.kam.incentive.repository;

import dev.kam.incentive.domain.bonus.RetentionScope;
import dev.kam.kernel.period.ComparisonRule;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/** A retention bonus programme as stored; {@link #version} is the ETag. */
@Entity
@Table(name = "bonus_program")
public class BonusProgramEntity {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String name;

    /** Written as {@code dev.kam.kernel.period.Period#format()}. */
    @Column(nullable = false)
    public String period;

    @Enumerated(EnumType.STRING)
    @Column(name = "comparison_rule", nullable = false)
    public ComparisonRule comparisonRule;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RetentionScope scope;

    @Column(nullable = false)
    public BigDecimal amount;

    @Column(nullable = false, columnDefinition = "bpchar(3)")
    public String currency;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "bonus_program_account", joinColumns = @JoinColumn(name = "program_id"))
    @Column(name = "account_id", nullable = false)
    public Set<UUID> accounts = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "bonus_program_employee", joinColumns = @JoinColumn(name = "program_id"))
    @Column(name = "user_id", nullable = false)
    public Set<String> eligible = new HashSet<>();

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;
}
