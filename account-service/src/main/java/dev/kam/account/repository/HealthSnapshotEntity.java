package dev.kam.account.repository;

import dev.kam.account.domain.health.HealthBand;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One point of an account's health history: a stored assessment, and whether it was a cooling. */
@Entity
@Table(name = "health_snapshot")
public class HealthSnapshotEntity {

    @Id
    public UUID id;

    @Column(name = "account_id", nullable = false)
    public UUID accountId;

    @Column(name = "assessed_at", nullable = false)
    public Instant assessedAt;

    @Column(nullable = false)
    public int score;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public HealthBand band;

    /** The causes as a JSON array of {code, penalty, explanation}, heaviest first. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public String causes;

    @Column(nullable = false)
    public boolean cooling;
}
